package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.OverlapScore;
import org.junit.jupiter.api.Test;

class GoldScoreTest {

    private static GroundTruth.Appearance seen(String family, String url) {
        return new GroundTruth.Appearance(family, "site", url, null, null, null, null, null, null, null);
    }

    private static GroundTruth.Person person(String id, String name, String civUrl, String creditUrl) {
        return new GroundTruth.Person(id, name, null, null, null, null, null,
                List.of(seen("civilization", civUrl), seen("credit", creditUrl)), List.of(), null);
    }

    @Test
    void scoringNameByNameGivesTheSameCountsAsComparingEveryPairWithEveryPlantedPerson() {
        GroundTruth truth = new GroundTruth("s", List.of(), null,
                List.of(person("p1", "张伟", "http://c/1", "http://k/1"), person("p2", "李娜", "http://c/2", "http://k/2"),
                        person("p3", "王芳", "http://c/3", "http://k/3")),
                List.of(new GroundTruth.Distractor("d1", "张伟", List.of(seen("credit", "http://k/9")), List.of(), "same name")),
                List.of(), List.of(), List.of(), List.of(), List.of());
        List<OverlapScore.PersonPair> pairs = List.of(
                new OverlapScore.PersonPair("张伟", List.of("http://c/1"), List.of("http://k/1")),
                new OverlapScore.PersonPair("张伟", List.of("http://c/1"), List.of("http://k/9")),
                new OverlapScore.PersonPair("李娜", List.of("http://c/2"), List.of("http://k/2")),
                new OverlapScore.PersonPair("赵六", List.of("http://c/7"), List.of("http://k/7")));

        OverlapScore.Result everyPair = OverlapScore.persons(truth, pairs);
        GoldScore.Figures byName = GoldScore.persons(truth, pairs);

        assertEquals(everyPair.predicted(), byName.predicted());
        assertEquals(everyPair.correct(), byName.correct());
        assertEquals(everyPair.found(), byName.found());
        assertEquals(everyPair.truth(), byName.truth());
        assertEquals(everyPair.distractorHits().size(), byName.distractorHits());
        assertEquals(0.5, byName.precision());
        assertEquals(2.0 / 3, byName.recall(), 1e-9);
        assertEquals(1, byName.distractorHits());
    }
}
