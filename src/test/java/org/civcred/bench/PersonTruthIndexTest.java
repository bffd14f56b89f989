package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.OverlapScore;
import org.junit.jupiter.api.Test;

class PersonTruthIndexTest {

    private final GroundTruth truth = MirrorSnapshot.standard().groundTruth();
    private final PersonTruthIndex index = PersonTruthIndex.of(truth);

    private static List<String> urls(List<GroundTruth.Appearance> appearances, String family) {
        return appearances.stream().filter(a -> a.family().equals(family)).map(GroundTruth.Appearance::url).toList();
    }

    @Test
    void everyPlantedPersonIsFoundByItsOwnPagesAsOverlapScoreFindsIt() {
        for (GroundTruth.Person p : truth.persons()) {
            List<String> civ = urls(p.appearances(), "civilization");
            List<String> credit = urls(p.appearances(), "credit");
            OverlapScore.Result reference = OverlapScore.persons(truth, List.of(new OverlapScore.PersonPair(p.name(), civ, credit)));
            assertEquals(reference.correct() == 1, index.hit(p.name(), civ, credit) != null, p.id());
        }
    }

    @Test
    void aDistractorPairedWithThePersonItImitatesIsWrongAndCountsAsManyDistractorHitsAsOverlapScoreCounts() {
        GroundTruth.Distractor d = truth.distractors().get(0);
        GroundTruth.Person victim = truth.persons().stream().filter(p -> d.mustNotMatch().contains(p.id()))
                .findFirst().orElse(truth.persons().get(0));
        List<String> civ = d.appearances().stream().map(GroundTruth.Appearance::url).toList();
        List<String> credit = urls(victim.appearances(), "credit");
        OverlapScore.Result reference = OverlapScore.persons(truth, List.of(new OverlapScore.PersonPair(d.name(), civ, credit)));

        assertNull(index.hit(d.name(), civ, credit));
        assertFalse(reference.distractorHits().isEmpty());
        assertEquals(reference.distractorHits().size(), index.distractorHits(d.name(), civ, credit).size());
    }

    @Test
    void withinKeepsOnlyThePersonsWithPagesOnBothSidesOfTheSample() {
        GroundTruth.Person kept = truth.persons().get(0);
        Set<String> civ = new HashSet<>(urls(kept.appearances(), "civilization"));
        Set<String> credit = new HashSet<>(urls(kept.appearances(), "credit"));
        PersonTruthIndex sample = index.within(civ, credit);

        assertTrue(sample.personCount() >= 1 && sample.personCount() < index.personCount(), "" + sample.personCount());
        assertTrue(sample.hit(kept.name(), civ, credit) != null);
        assertEquals(index.distractorCount(), sample.distractorCount());
    }
}
