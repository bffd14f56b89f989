package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapScoreTest {

    private final GroundTruth truth = MirrorSnapshot.standard().groundTruth();

    private static List<String> urls(List<GroundTruth.Appearance> appearances, String family) {
        return appearances.stream().filter(a -> a.family().equals(family)).map(GroundTruth.Appearance::url).toList();
    }

    @Test
    void theGroundTruthItselfScoresPerfectly() {
        List<OverlapScore.PersonPair> pairs = truth.persons().stream().map(p -> new OverlapScore.PersonPair(p.name(),
                urls(p.appearances(), "civilization"), urls(p.appearances(), "credit"))).toList();
        OverlapScore.Result persons = OverlapScore.persons(truth, pairs);
        assertEquals(1.0, persons.precision());
        assertEquals(1.0, persons.recall());

        List<OverlapScore.ArticleMember> members = new ArrayList<>();
        truth.articles().forEach(c -> c.members().forEach(m -> members.add(new OverlapScore.ArticleMember(c.id(), m.url(), m.family()))));
        OverlapScore.Result articles = OverlapScore.articles(truth, members);
        assertEquals(1.0, articles.precision());
        assertEquals(1.0, articles.recall());
        assertTrue(articles.distractorHits().isEmpty());
    }

    @Test
    void aPairOfADistractorIsAFalsePositiveAndADistractorHit() {
        GroundTruth.Distractor d = truth.distractors().get(0);
        GroundTruth.Person victim = truth.persons().stream()
                .filter(p -> d.mustNotMatch().contains(p.id())).findFirst().orElse(truth.persons().get(0));
        List<String> distractorUrls = d.appearances().stream().map(GroundTruth.Appearance::url).toList();
        OverlapScore.Result r = OverlapScore.persons(truth, List.of(new OverlapScore.PersonPair(d.name(),
                distractorUrls, urls(victim.appearances(), "credit"))));
        assertEquals(0, r.correct());
        assertFalse(r.distractorHits().isEmpty(), r.falsePositives().toString());
    }
}
