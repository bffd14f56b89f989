package org.civcred.jobs.dedupe;

import static org.civcred.jobs.overlap.TinyDocuments.doc;
import static org.civcred.jobs.overlap.TinyDocuments.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.overlap.JobFixtures;
import org.civcred.jobs.overlap.TinyDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job over Delta: idempotent reruns, new batches signed alone but clustered with history, quarantine. */
class DedupeJobTest {

    @TempDir
    Path dir;

    @Test
    void aRerunChangesNoRowAndANewBatchIsSignedAloneButClusteredWithHistory() {
        JobContext first = JobFixtures.context(dir, "run-1");
        first.tables().append("documents", TinyDocuments.frame(first.spark(), List.of(
                doc("a-original", "civilization", "hr365-story", "张秀英：孝老爱亲", story("张秀英", 1, 12), "2018-01-14", null),
                doc("c-republished", "credit", "article", "转载：张秀英", story("张秀英", 1, 11), "2018-02-18", null),
                doc("d-other-person", "credit", "article", "刘桂兰：助人为乐", story("刘桂兰", 20, 31), "2018-01-10", null))),
                "fixture");
        new DedupeJob().run(first);
        List<String> clusters = JobFixtures.sorted(first.tables().read("doc_clusters"));
        List<String> signatures = JobFixtures.sorted(first.tables().read("doc_signatures"));

        JobContext second = JobFixtures.context(dir, "run-2");
        new DedupeJob().run(second);
        assertEquals(clusters, JobFixtures.sorted(second.tables().read("doc_clusters")), "same rows, same run ids");
        assertEquals(signatures, JobFixtures.sorted(second.tables().read("doc_signatures")));

        JobContext third = JobFixtures.context(dir, "run-3");
        third.tables().append("documents", TinyDocuments.frame(third.spark(), List.of(
                doc("g-later-copy", "credit", "article", "张秀英事迹", story("张秀英", 2, 12), "2019-05-01", null),
                doc("h-earlier", "civilization", "article", "张秀英", story("张秀英", 1, 12) + "（完）", "2017-12-30", null),
                doc("z-punctuation", "credit", "article", "……", "。".repeat(100), "2019-05-01", null))),
                "fixture");
        new DedupeJob().run(third);

        Map<String, Row> signed = byDoc(third.tables().read("doc_signatures").collectAsList());
        assertEquals("run-1", signed.get("a-original").getAs("run_id"), "history is not signed again");
        assertEquals("run-3", signed.get("g-later-copy").getAs("run_id"));
        assertEquals(32 * 4, signed.get("g-later-copy").getList(signed.get("g-later-copy").fieldIndex("minhash")).size());
        Map<String, Row> clustered = byDoc(third.tables().read("doc_clusters").collectAsList());
        for (String member : List.of("a-original", "c-republished", "g-later-copy", "h-earlier")) {
            assertEquals("h-earlier", clustered.get(member).getAs("cluster_id"), member);
        }
        assertEquals("d-other-person", clustered.get("d-other-person").getAs("cluster_id"));
        assertEquals(null, clustered.get("z-punctuation"), "a page without comparable text is not clustered");
        List<Row> quarantined = third.tables().read("quarantine").collectAsList();
        assertEquals(List.of("z-punctuation no-comparable-text dedupe"), quarantined.stream()
                .map(r -> r.getAs("row_key") + " " + r.getAs("reason") + " " + r.getAs("stage")).toList());
    }

    private static Map<String, Row> byDoc(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getAs("doc_id"), Function.identity()));
    }
}
