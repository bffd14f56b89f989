package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PairScoreTest {

    @Test
    void pairsCompareAlikeWhicheverIdComesFirst() {
        assertEquals(new DocPair("a", "b"), new DocPair("b", "a"));
    }

    @Test
    void precisionCountsWrongClaimsAndRecallCountsMissedPairs() {
        Set<DocPair> truth = Set.of(new DocPair("a", "b"), new DocPair("c", "d"), new DocPair("e", "f"), new DocPair("g", "h"));
        Set<DocPair> found = Set.of(new DocPair("b", "a"), new DocPair("d", "c"), new DocPair("a", "z"));

        PairScore score = PairScore.of(found, truth);

        assertEquals(2, score.correct());
        assertEquals(2.0 / 3, score.precision(), 1e-12);
        assertEquals(0.5, score.recall(), 1e-12);
    }

    @Test
    void nothingFoundOfNothingToFindIsPerfect() {
        PairScore score = PairScore.of(Set.of(), Set.of());

        assertEquals(1.0, score.precision());
        assertEquals(1.0, score.recall());
    }
}
