package org.civcred.jobs.overlap.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.resolve.MirrorListEntries;
import org.civcred.jobs.resolve.ResolveJob;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.OverlapScore;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mirror's list entries through {@link ResolveJob} and {@link OverlapPersonsJob} on Delta tables, twice:
 * the product's bar on the mirror's ground truth, and idempotency of both jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonsPipelineTest {

    private final SparkSession spark = SharedSpark.get();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private List<Row> entities1;
    private List<Row> entities2;
    private List<Row> pairs1;
    private List<Row> pairs2;
    private JobResult overlap1;

    @BeforeAll
    void runThePipelineTwice(@TempDir Path dir) {
        JobContext first = JobContext.of(spark, dir.toString(), Settings.defaults(), "run-1", clock);
        first.tables().append("list_entries", MirrorListEntries.frame(spark), "run-1");
        new ResolveJob().run(first);
        overlap1 = new OverlapPersonsJob().run(first);
        entities1 = first.tables().read("entities").collectAsList();
        pairs1 = first.tables().read("overlap_persons").collectAsList();
        JobContext second = JobContext.of(spark, dir.toString(), Settings.defaults(), "run-2", clock);
        new ResolveJob().run(second);
        new OverlapPersonsJob().run(second);
        entities2 = second.tables().read("entities").collectAsList();
        pairs2 = second.tables().read("overlap_persons").collectAsList();
    }

    @Test
    void onTheMirrorPrecisionAndRecallAreAtLeast95PercentAndNoDistractorIsMatched() {
        List<OverlapScore.PersonPair> pairs = pairs1.stream().map(r -> new OverlapScore.PersonPair(r.getAs("name"),
                r.getList(r.fieldIndex("civ_urls")), r.getList(r.fieldIndex("credit_urls")))).toList();
        OverlapScore.Result result = OverlapScore.persons(MirrorSnapshot.standard().groundTruth(), pairs);
        String line = result.line("overlap_persons") + "; missed " + result.missed() + "; wrong " + result.falsePositives();
        assertTrue(result.precision() >= 0.95, line);
        assertTrue(result.recall() >= 0.95, line);
        assertEquals(List.of(), result.distractorHits(), line);
        assertEquals((long) pairs1.size(), overlap1.counts().get("pairs"));
    }

    @Test
    void resolvingTwiceChangesNoEntityNorItsRunId() {
        assertEquals(new HashSet<>(entities1), new HashSet<>(entities2));
        assertTrue(entities2.stream().allMatch(r -> "run-1".equals(r.getAs("run_id"))));
    }

    @Test
    void matchingTwiceChangesNoPairNorItsRunId() {
        assertFalse(pairs1.isEmpty());
        assertEquals(new HashSet<>(pairs1), new HashSet<>(pairs2));
        assertTrue(pairs2.stream().allMatch(r -> "run-1".equals(r.getAs("run_id"))));
    }

    @Test
    void everyPairCarriesItsProvenanceLagAndEvidence() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Row r : pairs1) {
            assertFalse(r.getList(r.fieldIndex("civ_urls")).isEmpty());
            assertFalse(r.getList(r.fieldIndex("credit_capture_ids")).isEmpty());
            assertTrue(r.<Double>getAs("probability") >= 0.9);
            java.sql.Date civ = r.getAs("first_date_civ");
            java.sql.Date credit = r.getAs("first_date_credit");
            if (civ != null && credit != null) {
                assertEquals((int) ChronoUnit.DAYS.between(civ.toLocalDate(), credit.toLocalDate()), r.<Integer>getAs("lag_days"));
            }
            JsonNode evidence = json.readTree(r.<String>getAs("evidence"));
            assertEquals(Comparison.values().length, evidence.get("comparisons").size());
            assertEquals(r.<Double>getAs("match_weight"), evidence.get("match_weight").asDouble(), 1e-3);
        }
    }

    @Test
    void aHigherThresholdKeepsFewerPairs() {
        var entities = spark.createDataFrame(entities1, org.civcred.tables.TableSchema.load("entities").structType());
        long strict = OverlapPersons.overlap(entities, new OverlapPersons.Params(0.999, 0.05, 20_000, 1_500, 1e-5), "r").count();
        assertTrue(strict < pairs1.size(), strict + " of " + pairs1.size());
    }
}
