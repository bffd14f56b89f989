package org.civcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published figure stays reproducible: after the figure was taken, a later run with a stricter
 * match threshold rebuilds overlap_persons with fewer pairs, and {@code sql --as-of} still gives
 * the old figure while the plain query gives the new one.
 */
class SqlAsOfTest {

    private static final String FIGURE = "SELECT count(*) AS n FROM overlap_persons";

    @TempDir
    static Path copy;

    private static String data;
    private static long before;
    private static long after;
    private static long publishedVersion;
    private static long latestVersion;
    private static Instant betweenTheRuns;

    private Terminal terminal;

    @BeforeAll
    static void publishAFigureThenChangeTheData() throws Exception {
        SparkSession spark = SharedSpark.get();
        data = MirrorPipeline.get().copyTo(copy).toString();
        String persons = copy.resolve("tables/overlap_persons").toString();
        before = spark.read().format("delta").load(persons).count();
        publishedVersion = DeltaTable.forPath(spark, persons).history(1).first().getLong(0);
        // Commit times have millisecond resolution: keep the chosen instant clear of both sides.
        Thread.sleep(1_100);
        betweenTheRuns = Instant.now();
        Thread.sleep(1_100);
        // A new run of the job with a threshold just above the weakest pair's probability.
        double weakest = spark.read().format("delta").load(persons).agg(functions.min("probability")).first().getDouble(0);
        Path conf = copy.resolve("stricter.properties");
        java.nio.file.Files.writeString(conf, "overlap.persons.threshold=" + Math.nextUp(weakest) + "\n");
        int code = Main.execute("run", "overlap-persons", "--data", data, "--conf", conf.toString(), "--full",
                "--run-id", "stricter");
        assertEquals(0, code, "the stricter run");
        after = spark.read().format("delta").load(persons).count();
        latestVersion = DeltaTable.forPath(spark, persons).history(1).first().getLong(0);
    }

    @BeforeEach
    void captureTheTerminal() {
        terminal = new Terminal();
    }

    @AfterEach
    void restoreTheTerminal() {
        terminal.close();
    }

    @Test
    void theChangeReallyChangedTheFigure() {
        assertTrue(before > 0, "the mirror yields overlapping persons");
        assertTrue(after < before && latestVersion > publishedVersion, before + " → " + after);
    }

    @Test
    void thePlainQueryGivesTheNewFigureAndNamesTheLatestVersions() {
        assertEquals(0, terminal.run("sql", "--data", data, "--format", "csv", FIGURE), terminal.err());
        assertEquals("n\n" + after + "\n", terminal.out());
        assertTrue(terminal.err().contains("table versions (latest)"), terminal.err());
        assertTrue(terminal.err().contains("overlap_persons v" + latestVersion + "\n"), terminal.err());
    }

    @Test
    void asOfTheRunThatPublishedItGivesTheOldFigure() {
        assertEquals(0, terminal.run("sql", "--data", data, "--format", "csv", "--as-of", MirrorPipeline.RUN_ID, FIGURE),
                terminal.err());
        assertEquals("n\n" + before + "\n", terminal.out());
        assertTrue(terminal.err().contains("as run " + MirrorPipeline.RUN_ID + " left them"), terminal.err());
        assertTrue(terminal.err().contains("overlap_persons v" + publishedVersion + " (latest v" + latestVersion + ")"),
                terminal.err());
    }

    @Test
    void asOfATimestampBetweenTheRunsGivesTheOldFigure() {
        assertEquals(0, terminal.run("sql", "--data", data, "--format", "csv", "--as-of", betweenTheRuns.toString(),
                FIGURE), terminal.err());
        assertEquals("n\n" + before + "\n", terminal.out());
    }

    @Test
    void anExactVersionOfOneTableGivesTheOldFigure() {
        assertEquals(0, terminal.run("sql", "--data", data, "--format", "csv",
                "--as-of-version", "overlap_persons=" + publishedVersion, FIGURE), terminal.err());
        assertEquals("n\n" + before + "\n", terminal.out());
    }

    @Test
    void aVersionTheLogDoesNotHoldIsRefusedWithTheAvailableRange() {
        assertEquals(2, terminal.run("sql", "--data", data, "--as-of-version", "overlap_persons=999", FIGURE));
        assertTrue(terminal.err().contains("Table overlap_persons has no version 999. Its log holds versions 0–"
                + latestVersion), terminal.err());
    }

    @Test
    void aBareVersionIsRefusedForAQueryOverSeveralTables() {
        assertEquals(2, terminal.run("sql", "--data", data, "--as-of", "v3", FIGURE));
        assertTrue(terminal.err().contains("each table numbers its own versions")
                && terminal.err().contains("--as-of-version overlap_persons=3"), terminal.err());
    }

    @Test
    void aTimestampBeforeAnyTableIsRefusedWithTheEarliestCommit() {
        assertEquals(2, terminal.run("sql", "--data", data, "--as-of", "2001-01-01", FIGURE));
        assertTrue(terminal.err().contains("No table existed at 2001-01-01T00:00:00Z")
                && terminal.err().contains("The earliest commit of any table is from"), terminal.err());
    }

    @Test
    void somethingThatIsNeitherRunTimestampNorVersionIsExplainedWithRecentRuns() {
        assertEquals(2, terminal.run("sql", "--data", data, "--as-of", "last-tuesday", FIGURE));
        assertTrue(terminal.err().contains("--as-of 'last-tuesday' is neither a run id")
                && terminal.err().contains(MirrorPipeline.RUN_ID), terminal.err());
    }

    @Test
    void runsShowsStatusAndTheVersionsEachJobReadAndWrote() {
        assertEquals(0, terminal.run("runs", "--data", data));
        String shown = terminal.out();
        assertTrue(shown.contains("input_versions") && shown.contains("output_versions") && shown.contains("status"), shown);
        assertTrue(shown.contains("succeeded") && shown.contains("overlap_persons -> " + publishedVersion), shown);
    }
}
