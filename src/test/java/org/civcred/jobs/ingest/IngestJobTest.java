package org.civcred.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.testing.SharedSpark;
import org.civcred.testing.WarcContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path data;

    private JobContext context(String runId) {
        return JobContext.of(spark, data.toString(), Settings.defaults(), runId,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theMirrorCrawlBecomesOneCaptureRowPerResponseAndRevisitRecord() throws Exception {
        WarcContents warcs = WarcContents.read(Path.of(MirrorCrawl.warcDir()));
        JobResult result = new IngestJob(List.of(MirrorCrawl.warcDir())).run(context("run-1"));

        List<Row> captures = context("x").tables().read("captures").collectAsList();
        assertEquals(warcs.captures.size(), captures.size());
        assertEquals(warcs.capturesById.keySet(),
                captures.stream().map(r -> r.<String>getAs("capture_id")).collect(Collectors.toSet()));
        assertEquals((long) warcs.items.size(), result.counts().get("records"));
        assertEquals(0L, result.counts().get("quarantined"));
        for (Row r : captures) {
            assertEquals("mirror", r.getAs("crawl_id"));
            assertTrue(r.<String>getAs("warc_file").startsWith("file:"), r.toString());
            assertTrue(r.<Long>getAs("warc_length") > 0, r.toString());
            assertTrue(r.getAs("outcome") != null && r.getAs("request_key") != null, r.toString());
        }
    }

    @Test
    void ingestingTwiceLeavesEveryRowAsItWas() {
        new IngestJob(List.of(MirrorCrawl.warcDir())).run(context("run-1"));
        Set<Row> first = Set.copyOf(context("x").tables().read("captures").collectAsList());
        JobResult second = new IngestJob(List.of(MirrorCrawl.warcDir())).run(context("run-2"));
        Set<Row> again = Set.copyOf(context("x").tables().read("captures").collectAsList());
        assertEquals(first.size(), again.size());
        assertEquals(0L, second.counts().get("captures_inserted"));
        assertEquals(0L, second.counts().get("captures_updated"));
        assertTrue(again.stream().allMatch(r -> "run-1".equals(r.getAs("run_id"))));
    }
}
