package org.civcred.jobs.overlap;

import static org.civcred.jobs.overlap.TinyDocuments.doc;
import static org.civcred.jobs.overlap.TinyDocuments.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.overlap.articles.OverlapArticlesJob;
import org.civcred.jobs.overlap.cities.OverlapCitiesJob;
import org.civcred.jobs.overlap.mentions.CrossMentionsJob;
import org.civcred.jobs.overlap.terms.OverlapTermsJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each document-side gold job run twice over the same Delta inputs leaves its table exactly as it was. */
class OverlapJobsIdempotencyTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void inputs() {
        JobContext c = JobFixtures.context(dir, "inputs");
        c.tables().append("documents", TinyDocuments.frame(c.spark(), List.of(
                doc("civ", "civilization", "article", "张秀英", story("张秀英", 1, 12) + "社会信用体系。", "2018-01-14", "411330"),
                doc("credit", "credit", "article", "转载：张秀英", story("张秀英", 1, 11) + "创建全国文明城市。", "2018-03-17", "411300"),
                doc("list", "credit", "list", "榜单", null, "2018-03-01", "411330"))), "fixture");
        c.tables().append("doc_clusters", c.spark().createDataFrame(List.of(
                RowFactory.create("civ", "civ", true, 1.0, true, "dedupe"),
                RowFactory.create("credit", "civ", false, 0.8, false, "dedupe")),
                org.civcred.tables.TableSchema.load("doc_clusters").structType()), "fixture");
        c.tables().append("list_entries", SchemaRows.frame(c.spark(), "list_entries", List.of(SchemaRows.row("list_entries",
                Map.ofEntries(Map.entry("entry_id", "e1"), Map.entry("doc_id", "list"), Map.entry("capture_id", "urn:uuid:list"),
                        Map.entry("url", "http://credit.example/list"), Map.entry("site", "credit-site"),
                        Map.entry("family", "credit"), Map.entry("subject_type", "person"), Map.entry("name_raw", "张三"),
                        Map.entry("name_masked", false), Map.entry("list_kind", "red"), Map.entry("region_code", "411330"),
                        Map.entry("run_id", "extract"))))), "fixture");
        c.tables().append("cross_mentions", SchemaRows.frame(c.spark(), "cross_mentions", List.of(SchemaRows.row(
                "cross_mentions", Map.ofEntries(Map.entry("mention_id", "credit|全国文明城市"), Map.entry("doc_id", "credit"),
                        Map.entry("url", "http://credit.example/credit"), Map.entry("family", "credit"),
                        Map.entry("mentions_program", "civilization"), Map.entry("phrase", "全国文明城市"),
                        Map.entry("snippet", "创建全国文明城市"), Map.entry("capture_id", "urn:uuid:credit"),
                        Map.entry("run_id", "fixture"))))), "fixture");
    }

    private static void assertRerunChangesNothing(Job job, String table) {
        job.run(JobFixtures.context(dir, "run-1"));
        List<String> before = JobFixtures.sorted(JobFixtures.context(dir, "read").tables().read(table));
        assertFalse(before.isEmpty(), table + " has rows to compare");
        job.run(JobFixtures.context(dir, "run-2"));
        assertEquals(before, JobFixtures.sorted(JobFixtures.context(dir, "read").tables().read(table)),
                "same rows, same run ids");
    }

    @Test
    void overlapArticlesRunTwiceChangesNoRow() {
        assertRerunChangesNothing(new OverlapArticlesJob(), "overlap_articles");
    }

    @Test
    void crossMentionsRunTwiceChangesNoRow() {
        assertRerunChangesNothing(new CrossMentionsJob(), "cross_mentions");
    }

    @Test
    void overlapTermsRunTwiceChangesNoRow() {
        assertRerunChangesNothing(new OverlapTermsJob(), "overlap_terms");
    }

    @Test
    void overlapCitiesRunTwiceChangesNoRow() {
        assertRerunChangesNothing(new OverlapCitiesJob(), "overlap_cities");
    }
}
