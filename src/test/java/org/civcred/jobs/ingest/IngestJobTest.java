package org.civcred.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.CivcredException;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.testing.SharedSpark;
import org.civcred.testing.WarcContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    private static final String FOREIGN_URL = "http://hnny.wenming.cn/sbhr/201905/t20190501_1.shtml";

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    private JobContext context(String runId) {
        return JobContext.of(spark, data.toString(), Settings.defaults(), runId,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private List<Row> table(String name) {
        return context("read").tables().read(name).collectAsList();
    }

    /** Rows with the body replaced by its hash code, so that sets of rows compare by content. */
    private Set<Row> comparable(String name) {
        org.apache.spark.sql.Dataset<Row> rows = context("read").tables().read(name);
        if (List.of(rows.columns()).contains("body")) {
            rows = rows.withColumn("body", org.apache.spark.sql.functions.sha1(rows.col("body")));
        }
        return new HashSet<>(rows.collectAsList());
    }

    @Test
    void theMirrorCrawlAForeignArchiveAndAGarbageFileIngestOnceAndASecondRunChangesNoRow() throws Exception {
        Path foreign = ForeignWarcs.write(elsewhere.resolve("web-archive.warc.gz"), true,
                ForeignWarcs.warcinfo("wayback-2019"),
                ForeignWarcs.html(FOREIGN_URL, "<html><title>好人</title></html>"),
                ForeignWarcs.response("http://hnny.wenming.cn/bad.html", "HTTP/1.1 200 OK\r\n\r\n",
                        "<html>x</html>".getBytes(StandardCharsets.UTF_8),
                        ForeignWarcs.sha1("other".getBytes(StandardCharsets.UTF_8))));
        Path garbage = elsewhere.resolve("garbage.warc.gz");
        Files.writeString(garbage, "not a WARC file\n".repeat(50));
        List<String> inputs = List.of(MirrorCrawl.warcDir(), foreign.toString(), garbage.toString());
        WarcContents mirror = WarcContents.read(Path.of(MirrorCrawl.warcDir()));

        JobResult first = new IngestJob(inputs).run(context("run-1"));
        List<Row> captures = table("captures");
        assertEquals(mirror.captures.size() + 1, captures.size());
        assertEquals(3L, first.counts().get("files"));
        assertEquals(mirror.items.size() + 3L, first.counts().get("records"));
        Map<String, Row> byUrl = captures.stream().collect(Collectors.toMap(r -> r.getAs("url"), r -> r, (a, b) -> a));
        Row imported = byUrl.get(FOREIGN_URL);
        assertEquals("imported", imported.getAs("outcome"));
        assertEquals("wayback-2019", imported.getAs("crawl_id"));
        assertEquals("civilization", imported.getAs("family"));
        assertEquals("wenming-local", imported.getAs("site"));
        for (Row r : captures) {
            if (!r.getAs("url").equals(FOREIGN_URL)) {
                assertEquals("mirror", r.getAs("crawl_id"));
                assertTrue(r.getAs("outcome") != null && r.getAs("request_key") != null, r.toString());
            }
            assertTrue(r.<String>getAs("warc_file").startsWith("file:"), r.toString());
            assertTrue(r.<Long>getAs("warc_length") > 0, r.toString());
        }
        Set<String> reasons = table("quarantine").stream().map(r -> r.<String>getAs("reason")).collect(Collectors.toSet());
        assertEquals(Set.of("payload-digest-mismatch", "not-a-warc"), reasons);

        Set<Row> capturesBefore = comparable("captures");
        Set<Row> quarantineBefore = comparable("quarantine");
        JobResult second = new IngestJob(inputs).run(context("run-2"));
        assertTrue(capturesBefore.equals(comparable("captures")), "same rows, run ids included");
        assertTrue(quarantineBefore.equals(comparable("quarantine")));
        assertEquals(0L, second.counts().get("captures_inserted") + second.counts().get("captures_updated"));
        assertEquals(0L, second.counts().get("quarantined_new"));
    }

    @Test
    void aMissingInputIsAUsageErrorBeforeAnythingIsRead() {
        CivcredException e = org.junit.jupiter.api.Assertions.assertThrows(CivcredException.class,
                () -> new IngestJob(List.of(elsewhere.resolve("nope.warc.gz").toString())).run(context("run-1")));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("nope.warc.gz"), e.getMessage());
    }
}
