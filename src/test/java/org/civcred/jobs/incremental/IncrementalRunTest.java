package org.civcred.jobs.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobRunner;
import org.civcred.jobs.Pipeline;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;

/**
 * Incremental runs give what a full run gives: the mirror's crawl is split in two WARC files, the
 * pipeline runs on the first, then again (incrementally) after the second arrives, and every table
 * must equal the shared full run of the whole crawl. A third run finds nothing new and skips.
 */
class IncrementalRunTest {

    /** Columns that name where a record was read from, which run wrote it or when, not what it says. */
    private static final List<String> PLACE_AND_RUN = List.of("run_id", "warc_file", "warc_offset", "warc_length",
            "sources", "recorded_at");

    private static final SparkSession SPARK = SharedSpark.get();

    @TempDir
    Path data;

    @Test
    void aCrawlIngestedInTwoBatchesEndsAsTheFullRunOfTheWholeCrawl() throws IOException {
        MirrorPipeline fixture = MirrorPipeline.get();
        Path raw = Files.createDirectories(data.resolve("raw"));
        Path whole = onlyWarcFile(fixture.data().resolve("raw"));
        long cut = requestOffsetNearTheMiddle(whole);
        // The same id-hash key as the full run, or every hashed identity number would differ: the
        // fixture's when it has one in its data directory, else both use the suite's CIVCRED_ID_HASH_KEY.
        Path key = fixture.data().resolve("state/id-hash.key");
        if (Files.exists(key)) {
            Files.createDirectories(data.resolve("state"));
            Files.copy(key, data.resolve("state/id-hash.key"));
        }
        copyRange(whole, 0, cut, raw.resolve("part-1.warc.gz"));

        run("inc-1", false);
        copyRange(whole, cut, Files.size(whole), raw.resolve("part-2.warc.gz"));
        run("inc-2", false);

        Tables mine = new Tables(SPARK, data.toString());
        Tables full = new Tables(SPARK, fixture.data().toString());
        for (String t : TableCatalog.ALL) {
            if (List.of("job_runs", "ingest_files", "dq_results").contains(t) || !full.exists(t)) {
                continue;
            }
            assertSameRows(t, content(full, t), content(mine, t));
        }
        Map<String, String> modes = modes("inc-2");
        assertEquals("incremental", modes.get("extract"), modes.toString());
        assertEquals(2L, mine.read("ingest_files").count());
    }

    @Test
    void aRunWithNothingNewSkipsEveryJobAndChangesNoTable() {
        Path copy = MirrorPipeline.get().copyTo(data);
        // A rerun upstream that changes no row still commits new versions; they must not wake the jobs below.
        new JobRunner(JobContext.of(SPARK, copy.toString(), Settings.defaults(), "extract-again", Clock.systemUTC()), true)
                .run(List.of(Pipeline.byName("extract").orElseThrow()));
        Tables tables = new Tables(SPARK, copy.toString());
        Map<String, Long> before = versions(tables);
        new JobRunner(JobContext.of(SPARK, copy.toString(), Settings.defaults(), "again", Clock.systemUTC()))
                .run(Pipeline.all());
        Map<String, Long> after = versions(tables);
        before.remove("job_runs");
        after.remove("job_runs");
        for (String log : List.of("ingest_files", "dq_results")) {
            before.remove(log);
            after.remove(log);
        }
        assertEquals(before, after, "a run with no new input wrote a table");
        List<Row> runs = tables.read("job_runs").where("run_id = 'again'").collectAsList();
        assertEquals(Pipeline.names().size(), runs.size());
        for (Row r : runs) {
            String job = r.getAs("job");
            assertEquals(job.equals("ingest") ? "succeeded" : "skipped", r.getAs("status"), r.toString());
        }
    }

    /** Equal row lists, or a failure naming a few rows on each side rather than printing whole tables. */
    private static void assertSameRows(String table, List<String> full, List<String> incremental) {
        List<String> missing = full.stream().filter(r -> !incremental.contains(r)).limit(3).toList();
        List<String> extra = incremental.stream().filter(r -> !full.contains(r)).limit(3).toList();
        assertTrue(full.equals(incremental), "table " + table + " differs from the full run: " + full.size() + " vs "
                + incremental.size() + " rows; only in the full run: " + missing + "; only in the incremental one: " + extra);
    }

    private void run(String runId, boolean full) {
        new JobRunner(JobContext.of(SPARK, data.toString(), Settings.defaults(), runId, Clock.systemUTC()), full)
                .run(Pipeline.all());
    }

    private Map<String, String> modes(String runId) {
        Map<String, String> modes = new HashMap<>();
        new Tables(SPARK, data.toString()).read("job_runs").where(functions.col("run_id").equalTo(runId))
                .collectAsList().forEach(r -> modes.put(r.getAs("job"), r.getAs("mode")));
        return modes;
    }

    private static Map<String, Long> versions(Tables tables) {
        Map<String, Long> v = new HashMap<>();
        for (String t : TableCatalog.ALL) {
            tables.version(t).ifPresent(x -> v.put(t, x));
        }
        return v;
    }

    private static List<String> content(Tables tables, String table) {
        Dataset<Row> d = tables.read(table);
        Column[] kept = Arrays.stream(d.columns()).filter(c -> !PLACE_AND_RUN.contains(c) && !c.equals("body"))
                .map(functions::col).toArray(Column[]::new);
        Column[] keys = TableSchema.load(table).keys().stream().map(functions::col).toArray(Column[]::new);
        return d.select(kept).orderBy(keys).collectAsList().stream().map(Row::toString).toList();
    }

    private static Path onlyWarcFile(Path raw) throws IOException {
        try (Stream<Path> files = Files.walk(raw)) {
            List<Path> warcs = files.filter(p -> p.toString().endsWith(".warc.gz")).toList();
            assertEquals(1, warcs.size(), "the mirror crawl writes one WARC file: " + warcs);
            return warcs.get(0);
        }
    }

    /** The offset of a request record about half-way through: a fetch's records stay together. */
    private static long requestOffsetNearTheMiddle(Path warc) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord r : reader) {
                if (r instanceof WarcRequest) {
                    offsets.add(reader.position());
                }
            }
        }
        assertTrue(offsets.size() > 100, "requests: " + offsets.size());
        return offsets.get(offsets.size() / 2);
    }

    private static void copyRange(Path from, long start, long end, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < end - start) {
                done += in.transferTo(start + done, end - start - done, out);
            }
        }
    }
}
