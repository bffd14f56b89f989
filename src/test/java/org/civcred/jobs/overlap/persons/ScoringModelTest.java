package org.civcred.jobs.overlap.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringModelTest {

    /** u of every level: 0.5 for the weak comparisons, a tenth of m's share elsewhere (numbers easy to follow). */
    static ScoringModel model(long nameTotal) {
        Map<Comparison, Map<String, Double>> u = new EnumMap<>(Comparison.class);
        for (Comparison c : Comparison.values()) {
            Map<String, Double> levels = new HashMap<>();
            c.levels().forEach(l -> levels.put(l, 1.0 / c.levels().size()));
            u.put(c, levels);
        }
        u.get(Comparison.REGION).putAll(Map.of("county", 0.005, "prefecture", 0.05, "province", 0.1,
                "county_conflict", 0.045, "conflict", 0.8));
        u.get(Comparison.BIRTH).putAll(Map.of("exact", 0.002, "year", 0.02, "differ", 0.978));
        return new ScoringModel(ScoringModel.defaultM(), u, ScoringModel.priorLog2Odds(0.05, 10_000, 1_000),
                nameTotal, 1e-5);
    }

    static PersonSide side(String id, String name, String gender, String birth, String region) {
        String province = region == null ? null : region.substring(0, 2) + "0000";
        String prefecture = region == null ? null : region.substring(0, 4) + "00";
        return new PersonSide(id, name, gender, birth, region, province, prefecture, Set.of("honest"), Set.of(),
                Set.of("red"), Date.valueOf("2019-01-01"), Set.of());
    }

    @Test
    void theMProbabilitiesOfEachComparisonAreCompleteAndSumToOne() {
        Map<Comparison, Map<String, Double>> m = ScoringModel.defaultM();
        for (Comparison c : Comparison.values()) {
            assertEquals(Set.copyOf(c.levels()), m.get(c).keySet(), c.id());
            assertEquals(1.0, m.get(c).values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, c.id());
        }
    }

    @Test
    void aCommonNameNeedsMoreEvidenceThanARareOne() {
        ScoringModel model = model(100_000);
        // 王伟 held by 2,000 of 100,000 person entities: u = 1,998 / 100,000 ≈ 0.02 → log2(0.95 / 0.02) ≈ 5.6 bits.
        ScoringModel.Outcome common = model.outcome(Comparison.NAME, "exact", 2_000);
        // A name no other entity has: u = the floor 1e-5 → log2(0.95 / 1e-5) ≈ 16.5 bits.
        ScoringModel.Outcome rare = model.outcome(Comparison.NAME, "exact", 2);
        assertEquals(0.01998, common.u(), 1e-9);
        assertEquals(5.57, common.weight(), 0.01);
        assertEquals(16.54, rare.weight(), 0.01);
        assertTrue(common.tf() && rare.tf());

        PersonSide civ = side("c", "王伟", "M", null, "130102");
        PersonSide credit = side("k", "王伟", "M", null, "130102");
        double commonP = PairScorer.score(model, civ, credit, 2_000, "name").probability();
        double rareP = PairScorer.score(model, civ, credit, 2, "name").probability();
        assertTrue(commonP < 0.5 && rareP > 0.99,
                "same county and gender: common name " + commonP + ", rare name " + rareP);
        PersonSide creditWithBirth = side("k", "王伟", "M", "1971-04", "130102");
        PersonSide civWithBirth = side("c", "王伟", "M", "1971-04", "130102");
        double commonWithBirth = PairScorer.score(model, civWithBirth, creditWithBirth, 2_000, "name").probability();
        assertTrue(commonWithBirth > 0.99, "the birth month supplies what the common name lacks: " + commonWithBirth);
    }

    @Test
    void conflictingRegionGenderAndBirthOutweighARareName() {
        ScoringModel model = model(100_000);
        PersonSide civ = side("c", "蒋文华", "M", "1960-02", "120110");
        PersonSide credit = side("k", "蒋文华", "F", "1986-07", "120105");
        PairScorer.Score score = PairScorer.score(model, civ, credit, 2, "name");
        assertTrue(score.probability() < 0.01, String.valueOf(score.probability()));
    }

    @Test
    void theWeightIsThePriorPlusTheComparisonsAndTheEvidenceSaysSo() throws Exception {
        ScoringModel model = model(100_000);
        PairScorer.Score score = PairScorer.score(model, side("c", "张秀英", "F", "1962-03", "411330"),
                side("k", "张秀英", "F", "1962-03", "411330"), 3, "name");
        double sum = model.priorLog2Odds() + score.outcomes().stream().mapToDouble(ScoringModel.Outcome::weight).sum();
        assertEquals(sum, score.matchWeight(), 1e-9);
        assertEquals(1 / (1 + Math.pow(2, -sum)), score.probability(), 1e-12);
        JsonNode evidence = new ObjectMapper().readTree(score.evidence());
        assertEquals("name", evidence.get("rule").asText());
        assertEquals(Comparison.values().length, evidence.get("comparisons").size());
        JsonNode region = evidence.get("comparisons").get(1);
        assertEquals("region", region.get("comparison").asText());
        assertEquals("county", region.get("level").asText());
        assertEquals(Math.log(0.50 / 0.005) / Math.log(2), region.get("weight").asDouble(), 1e-3);
        assertEquals(PairScorer.score(model, side("c", "张秀英", "F", "1962-03", "411330"),
                side("k", "张秀英", "F", "1962-03", "411330"), 3, "name").evidence(), score.evidence(),
                "the same pair always gives the same evidence text");
    }

    @Test
    void unknownValuesWeighNothing() {
        ScoringModel.Outcome o = model(10).outcome(Comparison.GENDER, Comparison.UNKNOWN, 0);
        assertEquals(0.0, o.weight());
    }

    @Test
    void thePriorFollowsTheExpectedShareOfTheSmallerSide() {
        // 5 % of 1,000 credit entities expected among 10,000 × 1,000 pairs: λ = 50 / 10^7.
        double lambda = 50.0 / 10_000_000;
        assertEquals(Math.log(lambda / (1 - lambda)) / Math.log(2), ScoringModel.priorLog2Odds(0.05, 10_000, 1_000), 1e-9);
    }
}
