package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.ingest.IngestJob;
import org.civcred.jobs.ingest.MirrorCrawl;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest and extract over a real crawl of the offline mirror, checked against its ground truth. */
class ExtractJobTest {

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path data;

    private JobContext context(String runId) {
        return JobContext.of(spark, data.toString(), Settings.defaults(), runId,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private List<Row> table(String name) {
        return context("read").tables().read(name).collectAsList();
    }

    @Test
    void theMirrorCrawlGivesEveryArticleADocumentAndRunningTwiceChangesNoRow() {
        new IngestJob(List.of(MirrorCrawl.warcDir())).run(context("run-1"));
        JobResult first = new ExtractJob().run(context("run-1"));
        System.out.println("extract on the mirror: " + first.counts());
        List<Row> documents = table("documents");
        GroundTruth truth = MirrorSnapshot.standard().groundTruth();
        assertEquals(truth.crawl().expectedCaptures().size(), documents.size(), "every page captured is a document");
        Map<String, Row> byUrl = documents.stream().collect(Collectors.toMap(r -> r.getAs("url"), Function.identity(),
                (a, b) -> a));

        for (GroundTruth.ArticleCluster cluster : truth.articles()) {
            for (GroundTruth.Member member : cluster.members()) {
                Row doc = byUrl.get(member.url());
                assertNotNull(doc, "article " + member.url() + " of " + cluster.id());
                assertNotNull(doc.getAs("title"), member.url());
                assertTrue(doc.<Integer>getAs("char_count") > 50, member.url());
                assertEquals(member.family(), doc.getAs("family"), member.url());
                assertNotNull(doc.getAs("published_date"), member.url());
                assertNotNull(doc.getAs("text_hash"), member.url());
            }
        }
        Map<String, Row> captureByUrl = table("captures").stream().collect(Collectors.toMap(r -> r.getAs("url"),
                Function.identity(), (a, b) -> a));
        for (GroundTruth.GbkSample sample : truth.gbkSamples()) {
            Row capture = captureByUrl.get(sample.url());
            assertEquals("GB18030", capture.getAs("charset"), sample.url());
            String decoded = new String(capture.<byte[]>getAs("body"), java.nio.charset.Charset.forName("GB18030"));
            assertTrue(decoded.contains(sample.contains()), sample.url() + " should contain " + sample.contains());
            Row doc = byUrl.get(sample.url());
            String text = doc.getAs("title") + "\n" + doc.getAs("body_text");
            if (doc.getAs("body_text") != null) {
                assertTrue(text.contains(sample.contains()), sample.url() + " document should contain " + sample.contains());
            }
            assertFalse(text.contains("\uFFFD"), sample.url());
        }
        for (Row doc : documents) {
            assertNotNull(doc.getAs("family"), doc.getAs("url") + " is on a mapped host");
            assertTrue(String.valueOf(doc.<String>getAs("family_reason")).startsWith("host map: "));
        }
        Set<String> reasons = table("quarantine").stream().map(r -> r.<String>getAs("reason")).collect(Collectors.toSet());
        assertEquals(Set.of("challenge-page"), reasons, "on the mirror only challenges are unusable");

        Set<Row> documentsBefore = new HashSet<>(documents);
        Set<Row> entriesBefore = new HashSet<>(table("list_entries"));
        JobResult second = new ExtractJob().run(context("run-2"));
        assertEquals(documentsBefore, new HashSet<>(table("documents")));
        assertEquals(entriesBefore, new HashSet<>(table("list_entries")));
        assertEquals(0L, second.counts().get("documents_inserted") + second.counts().get("documents_updated")
                + second.counts().get("documents_deleted"));
        assertEquals(0L, second.counts().get("quarantined_new"));
        assertFalse(documents.isEmpty());
    }
}
