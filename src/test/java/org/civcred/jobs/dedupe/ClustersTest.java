package org.civcred.jobs.dedupe;

import static org.civcred.jobs.overlap.TinyDocuments.doc;
import static org.civcred.jobs.overlap.TinyDocuments.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.overlap.TinyDocuments;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** The dedupe transform on in-memory frames: selection, exact and near copies, survivor, similarity. */
class ClustersTest {

    private static final String ORIGINAL = story("张秀英", 1, 12);

    private static final DedupeSettings SETTINGS = DedupeSettings.from(Settings.defaults());

    private static final List<Row> DOCS = List.of(
            doc("a-original", "civilization", "hr365-story", "张秀英：孝老爱亲", ORIGINAL, "2018-01-14", "411330"),
            doc("b-exact-copy", "civilization", "article", "张秀英：孝老爱亲", ORIGINAL, "2018-02-01", null),
            doc("c-republished", "credit", "article", "【诚信典型】张秀英：孝老爱亲",
                    "转载：" + story("张秀英", 1, 11) + "来源：南阳市文明办", "2018-02-18", "411300"),
            doc("d-other-person", "credit", "article", "刘桂兰：助人为乐", story("刘桂兰", 20, 31), "2018-01-10", null),
            doc("e-list-page", "credit", "list", "诚信文化", ORIGINAL, "2018-03-01", null),
            doc("f-too-short", "credit", "article", "通知", "短通知。", "2018-03-01", null),
            doc("g-undated-copy", "credit", "article", "张秀英：孝老爱亲", ORIGINAL + "（完）", null, null));

    /** Computed once for the class: the tests only read it. */
    private static final class Computed {
        static final Map<String, Row> ROWS = compute();

        private static Map<String, Row> compute() {
            SparkSession spark = SharedSpark.get();
            Dataset<Row> eligible = TextDocuments.select(TinyDocuments.frame(spark, DOCS), SETTINGS.minChars(),
                    SETTINGS.skipPageTypes());
            Dataset<Row> none = spark.createDataFrame(List.of(), Signatures.schema());
            Dataset<Row> signatures = Signatures.update(eligible, none, SETTINGS, "run-1");
            return Clusters.build(signatures, eligible, SETTINGS, "run-1").rows().collectAsList().stream()
                    .collect(Collectors.toMap(r -> r.getAs("doc_id"), Function.identity()));
        }
    }

    private static Map<String, Row> clusters() {
        return Computed.ROWS;
    }

    @Test
    void exactAndNearCopiesJoinTheEarliestPublicationWhileListsShortPagesAndOtherStoriesStayOut() {
        Map<String, Row> rows = clusters();
        assertEquals(List.of("a-original", "b-exact-copy", "c-republished", "d-other-person", "g-undated-copy"),
                rows.keySet().stream().sorted().toList());
        for (String copy : List.of("b-exact-copy", "c-republished", "g-undated-copy")) {
            assertEquals("a-original", rows.get(copy).getAs("cluster_id"), copy);
            assertEquals(false, rows.get(copy).getAs("is_survivor"), copy);
        }
        assertEquals(true, rows.get("a-original").getAs("is_survivor"));
        assertEquals("d-other-person", rows.get("d-other-person").getAs("cluster_id"));
        assertEquals(true, rows.get("d-other-person").getAs("is_survivor"));
    }

    @Test
    void membersCarryTheirExactFlagAndTheirJaccardToTheSurvivor() {
        Map<String, Row> rows = clusters();
        assertEquals(true, rows.get("b-exact-copy").getAs("exact"));
        assertEquals(1.0, rows.get("b-exact-copy").<Double>getAs("jaccard"));
        assertEquals(false, rows.get("c-republished").getAs("exact"));
        double j = rows.get("c-republished").getAs("jaccard");
        assertTrue(j >= SETTINGS.jaccardThreshold() && j < 1.0, "jaccard " + j);
        assertEquals(1.0, rows.get("a-original").<Double>getAs("jaccard"), "a survivor is itself");
    }
}
