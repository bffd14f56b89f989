package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.OverlapScore;
import org.civcred.text.NameNormalizer;
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
    void withinKeepsOnlyThePersonsWhoseNameAndPageTheSampleHoldsOnBothSides() {
        GroundTruth.Person kept = truth.persons().get(0);
        String name = NameNormalizer.normalize(kept.name());
        Map<String, Set<String>> civ = Map.of(name, new HashSet<>(urls(kept.appearances(), "civilization")));
        Map<String, Set<String>> credit = new HashMap<>();
        kept.appearances().stream().filter(a -> a.family().equals("credit")).forEach(a -> credit
                .computeIfAbsent(NameNormalizer.normalize(a.nameAsWritten()), k -> new HashSet<>()).add(a.url()));
        PersonTruthIndex sample = index.within(civ, credit);
        PersonTruthIndex sameUrlsOtherName = index.within(Map.of("无此人", civ.get(name)), credit);

        assertEquals(1, sample.personCount());
        assertTrue(sample.hit(kept.name(), civ.get(name), credit.values().iterator().next()) != null);
        assertEquals(0, sameUrlsOtherName.personCount());
        assertEquals(index.distractorCount(), sample.distractorCount());
    }
}
