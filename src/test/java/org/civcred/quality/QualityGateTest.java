package org.civcred.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.CivcredException;
import org.civcred.config.Settings;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobRunner;
import org.civcred.jobs.Pipeline;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate in the pipeline: the shared mirror run passes every built-in expectation; on copies of
 * it, single jobs are rerun with extra, deliberately failing expectations.
 */
class QualityGateTest {

    private static final SparkSession SPARK = SharedSpark.get();

    private static JobRunner runner(Path data, String runId, Path extraExpectations) {
        Settings settings = Settings.defaults().with("quality.expectations-dir", extraExpectations.toString(), "test");
        // Full: on a copy of a finished run an incremental runner would skip every job (nothing is new).
        return new JobRunner(JobContext.of(SPARK, data.toString(), settings, runId, Clock.systemUTC()), true);
    }

    private static List<Job> jobs(String... names) {
        return java.util.Arrays.stream(names).map(n -> Pipeline.byName(n).orElseThrow()).toList();
    }

    private static List<Row> results(Tables tables, String runId, String where) {
        return tables.read(DqResults.TABLE).where("run_id = '" + runId + "' AND " + where).collectAsList();
    }

    @Test
    void theMirrorRunPassesEveryHardExpectationAndRecordsOneRowPerExpectation() {
        Path data = MirrorPipeline.get().data();
        Tables tables = new Tables(SPARK, data.toString());
        List<Row> rows = tables.read(DqResults.TABLE).where("run_id = '" + MirrorPipeline.RUN_ID + "'")
                .orderBy("table", "expectation").collectAsList();
        rows.forEach(r -> System.out.printf("dq %-16s %-32s %-5s %-9s observed %-10s %-12s %s%n", r.getAs("table"),
                r.getAs("expectation"), r.getAs("severity"), r.getAs("kind"), r.getAs("observed"), r.getAs("threshold"),
                (boolean) r.getAs("passed") ? "passed" : "FAILED"));
        ExpectationCatalog catalog = ExpectationCatalog.load(null);
        int declared = catalog.tables().stream().mapToInt(t -> catalog.forTable(t).size()).sum();
        assertEquals(declared, rows.size(), "one row per built-in expectation");
        assertTrue(rows.stream().noneMatch(r -> "hard".equals(r.getAs("severity")) && !(boolean) r.getAs("passed")));
        assertTrue(rows.stream().allMatch(r -> r.getAs("table_version") != null), "every row names the version evaluated");
    }

    @Test
    void aFailingHardExpectationOnASilverTableStopsTheRunBeforeTheGoldJobs(@TempDir Path tmp) throws Exception {
        Path data = MirrorPipeline.get().copyTo(tmp.resolve("data"));
        Path extra = Files.createDirectories(tmp.resolve("expectations"));
        Files.writeString(extra.resolve("entities.yaml"), """
                table: entities
                expectations:
                  - name: impossibly_many_entities
                    severity: hard
                    kind: row_count
                    min: 1000000000
                """);
        Tables tables = new Tables(SPARK, data.toString());
        long goldBefore = tables.version("overlap_persons").orElseThrow();

        CivcredException e = assertThrows(CivcredException.class,
                () -> runner(data, "bad-silver", extra).run(jobs("resolve", "overlap-persons")));

        assertEquals(6, e.exitCode());
        assertTrue(e.getMessage().contains("impossibly_many_entities"), e.getMessage());
        List<Row> runs = tables.read("job_runs").where("run_id = 'bad-silver'").collectAsList();
        assertEquals(1, runs.size(), "overlap-persons never ran");
        assertEquals("failed", runs.get(0).getAs("status"));
        String message = runs.get(0).getAs("message");
        assertTrue(message.contains("impossibly_many_entities") && !message.contains("\n"), message);
        assertEquals(goldBefore, tables.version("overlap_persons").orElseThrow());
        List<Row> failed = results(tables, "bad-silver", "NOT passed");
        assertEquals(List.of("impossibly_many_entities"), failed.stream().map(r -> (String) r.getAs("expectation")).toList());
    }

    @Test
    void aFailingHardGoldExpectationLeavesTheGoldTableAsItWasWhileWarningsOnlyWarn(@TempDir Path tmp) throws Exception {
        Path data = MirrorPipeline.get().copyTo(tmp.resolve("data"));
        Tables tables = new Tables(SPARK, data.toString());
        // Readers' table loses some rows, so that a rerun of the job has something to publish.
        SPARK.sql("DELETE FROM delta.`" + tables.path("overlap_cities") + "` WHERE red_entries > 0");
        long damaged = tables.version("overlap_cities").orElseThrow();
        long rowsDamaged = tables.read("overlap_cities").count();
        Path failing = Files.createDirectories(tmp.resolve("failing"));
        Files.writeString(failing.resolve("overlap_cities.yaml"), """
                table: overlap_cities
                expectations:
                  - name: no_city_with_red_entries
                    severity: hard
                    kind: sql
                    sql: SELECT city_code FROM overlap_cities WHERE red_entries > 0
                """);

        CivcredException e = assertThrows(CivcredException.class,
                () -> runner(data, "bad-gold", failing).run(jobs("overlap-cities")));

        assertTrue(e.getMessage().contains("no_city_with_red_entries"), e.getMessage());
        assertEquals(damaged, tables.version("overlap_cities").orElseThrow(), "the refused rows were never merged");
        assertEquals(rowsDamaged, tables.read("overlap_cities").count());
        Row refused = results(tables, "bad-gold", "expectation = 'no_city_with_red_entries'").get(0);
        assertFalse((boolean) refused.getAs("passed"));
        assertTrue((double) refused.getAs("observed") > 0);
        assertEquals(damaged, (long) refused.getAs("table_version"));

        Path warning = Files.createDirectories(tmp.resolve("warning"));
        Files.writeString(warning.resolve("overlap_cities.yaml"),
                Files.readString(failing.resolve("overlap_cities.yaml")).replace("severity: hard", "severity: warn"));
        runner(data, "warned-gold", warning).run(jobs("overlap-cities"));

        long published = tables.version("overlap_cities").orElseThrow();
        assertTrue(published > damaged, "a warning does not hold the rows back");
        assertTrue(tables.read("overlap_cities").count() > rowsDamaged);
        Row warned = results(tables, "warned-gold", "expectation = 'no_city_with_red_entries'").get(0);
        assertFalse((boolean) warned.getAs("passed"));
        assertEquals(published, (long) warned.getAs("table_version"));
        assertEquals("succeeded", tables.read("job_runs").where("run_id = 'warned-gold'").first().getAs("status"));
    }
}
