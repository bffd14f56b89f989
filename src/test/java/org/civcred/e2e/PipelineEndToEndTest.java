package org.civcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobRunner;
import org.civcred.jobs.Pipeline;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.OverlapScore;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the offline mirror: crawl it, run every job, and hold the gold tables to
 * the ground truth (precision and recall ≥ 0.95, no distractor matched), then run the pipeline
 * again and find every table unchanged.
 */
class PipelineEndToEndTest {

    @TempDir
    static Path data;

    private static final SparkSession SPARK = SharedSpark.get();
    private static GroundTruth truth;
    private static Tables tables;
    private static Map<String, List<Row>> firstRun;

    @BeforeAll
    static void crawlTheMirrorAndRunEveryJob() {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        truth = snapshot.groundTruth();
        try (MirrorServer mirror = MirrorServer.start(snapshot, "127.0.0.1", 0)) {
            MirrorCrawls.crawlAll(mirror, data, "pipeline", Duration.ofMillis(2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        run("run-1");
        tables = new Tables(SPARK, data.toString());
        firstRun = snapshotOfEveryTable();
    }

    private static void run(String runId) {
        new JobRunner(JobContext.of(SPARK, data.toString(), Settings.defaults(), runId, Clock.systemUTC()))
                .run(Pipeline.all());
    }

    private static Map<String, List<Row>> snapshotOfEveryTable() {
        Map<String, List<Row>> rows = new HashMap<>();
        for (String t : TableCatalog.ALL) {
            if (!t.equals("job_runs") && !t.equals("dq_results") && tables.exists(t)) { // run logs grow with every run
                Dataset<Row> d = tables.read(t);
                rows.put(t, d.drop(d.schema().getFieldIndex("body").isDefined() ? "body" : "__none__")
                        .orderBy(tableKeys(t)).collectAsList());
            }
        }
        return rows;
    }

    private static org.apache.spark.sql.Column[] tableKeys(String t) {
        return org.civcred.tables.TableSchema.load(t).keys().stream().map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    @Test
    void overlapPersonsReachesThePrecisionAndRecallBarWithNoDistractor() {
        List<OverlapScore.PersonPair> pairs = tables.read("overlap_persons").select("name", "civ_urls", "credit_urls")
                .collectAsList().stream()
                .map(r -> new OverlapScore.PersonPair(r.getString(0), r.getList(1), r.getList(2))).toList();
        OverlapScore.Result r = OverlapScore.persons(truth, pairs);
        assertTrue(r.precision() >= 0.95, r.line("persons") + " false positives: " + r.falsePositives());
        assertTrue(r.recall() >= 0.95, r.line("persons") + " missed: " + r.missed());
        assertTrue(r.distractorHits().isEmpty(), "distractors matched: " + r.distractorHits());
    }

    @Test
    void overlapArticlesReachesThePrecisionAndRecallBarWithNoDistractor() {
        List<OverlapScore.ArticleMember> members = tables.read("overlap_articles").select("cluster_id", "url", "family")
                .collectAsList().stream()
                .map(r -> new OverlapScore.ArticleMember(r.getString(0), r.getString(1), r.getString(2))).toList();
        OverlapScore.Result r = OverlapScore.articles(truth, members);
        assertTrue(r.precision() >= 0.95, r.line("articles") + " false positives: " + r.falsePositives());
        assertTrue(r.recall() >= 0.95, r.line("articles") + " missed: " + r.missed());
        assertTrue(r.distractorHits().isEmpty(), "distractors clustered: " + r.distractorHits());
    }

    @Test
    void everyGoldRowCarriesItsProvenance() {
        assertEquals(0, tables.read("overlap_persons")
                .where("size(civ_capture_ids) = 0 OR size(credit_capture_ids) = 0 OR size(civ_urls) = 0").count());
        assertEquals(0, tables.read("overlap_articles").where("capture_id IS NULL OR url IS NULL").count());
        assertEquals(0, tables.read("cross_mentions").where("capture_id IS NULL OR snippet IS NULL").count());
    }

    @Test
    void everyJobRunIsRecordedWithItsVersions() {
        List<Row> runs = tables.read("job_runs").where("run_id = 'run-1'").collectAsList();
        assertEquals(Pipeline.names().size(), runs.size());
        runs.forEach(r -> assertEquals("succeeded", r.getAs("status"), r.toString()));
    }

    @Test
    void runningThePipelineAgainLeavesEveryTableAsItWas() {
        run("run-2");
        Map<String, List<Row>> second = snapshotOfEveryTable();
        for (Map.Entry<String, List<Row>> e : firstRun.entrySet()) {
            assertEquals(e.getValue(), second.get(e.getKey()), "table " + e.getKey() + " changed on a second run");
        }
    }

    @Test
    void researchersQueryEveryTableByNameFromTheCommandLine() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = org.civcred.cli.Main.execute("sql", "--data", data.toString(), "--format", "csv",
                    "SELECT p.name, c.url FROM overlap_persons p JOIN captures c ON array_contains(p.civ_capture_ids, c.capture_id)"
                            + " ORDER BY p.name LIMIT 3");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, code);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals("name,url", lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
    }

    @Test
    void goldTablesStayReadableByOtherDeltaReaders() {
        for (String t : TableCatalog.GOLD) {
            Row detail = SPARK.sql("DESCRIBE DETAIL delta.`" + tables.path(t) + "`").first();
            String props = String.valueOf((Object) detail.getAs("properties"));
            assertTrue(props.contains("delta.enableDeletionVectors -> false"), t + " " + props);
            assertTrue(!props.contains("delta.columnMapping.mode") || props.contains("delta.columnMapping.mode -> none"),
                    t + " " + props);
            int readerVersion = detail.<Integer>getAs("minReaderVersion");
            assertEquals(1, readerVersion, t + " needs no reader features");
        }
    }

    @Test
    void overlapCitiesAgreeWithTheGroundTruthsCityFacts() {
        Map<String, Row> rows = new HashMap<>();
        tables.read("overlap_cities").collectAsList().forEach(r -> rows.put(r.getAs("city_code"), r));
        assertTrue(truth.cities().size() >= 5);
        for (GroundTruth.City c : truth.cities()) {
            Row r = rows.get(c.code());
            assertTrue(r != null, "no row for " + c.code() + " " + c.name());
            assertEquals(c.civilizedCityYears(), r.getList(r.fieldIndex("civilized_city_years")), c.name());
            assertEquals((long) c.redEntries(), r.<Long>getAs("red_entries"), c.name() + " red entries");
            assertEquals((long) c.blackEntries(), r.<Long>getAs("black_entries"), c.name() + " black entries");
            assertEquals((long) c.govBodiesOnBlackLists(), r.<Long>getAs("gov_bodies_on_black_lists"), c.name());
            assertEquals((long) c.crossMentions(), r.<Long>getAs("cross_mentions"), c.name() + " cross-mentions");
        }
    }
}
