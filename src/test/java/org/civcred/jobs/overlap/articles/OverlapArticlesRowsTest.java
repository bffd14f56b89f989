package org.civcred.jobs.overlap.articles;

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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.overlap.TinyDocuments;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** The overlap_articles transform on in-memory frames. */
class OverlapArticlesRowsTest {

    /** Computed once for the class: the tests only read it. */
    private static final class Computed {
        static final Map<String, Row> ROWS = compute();
    }

    private static Map<String, Row> rows() {
        return Computed.ROWS;
    }

    private static Map<String, Row> compute() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> documents = TinyDocuments.frame(spark, List.of(
                doc("civ-1", "civilization", "article", "张秀英", story("张秀英", 1, 12), "2018-01-14", null),
                doc("credit-1", "credit", "article", "转载：张秀英", story("张秀英", 1, 11), "2018-03-17", null),
                doc("credit-0", "credit", "article", "张秀英（简版）", story("张秀英", 2, 12), "2018-01-10", null),
                doc("unknown-1", null, "article", "张秀英", story("张秀英", 1, 12), "2018-01-01", null),
                doc("civ-2", "civilization", "article", "刘桂兰", story("刘桂兰", 1, 12), "2018-05-01", null),
                doc("civ-3", "civilization", "article", "刘桂兰", story("刘桂兰", 1, 11), "2018-06-01", null),
                doc("civ-2015", "civilization", "article", "年度创建", story("王建国", 1, 12), "2015-03-01", null),
                doc("credit-2015", "credit", "article", "年度创建", story("王建国", 1, 11), "2015-04-20", null),
                doc("civ-2019", "civilization", "article", "年度创建", story("王建国", 2, 12), "2019-03-02", null),
                doc("credit-2019", "credit", "article", "年度创建", story("王建国", 2, 11), "2019-03-30", null),
                doc("civ-2021", "civilization", "article", "年度创建", story("王建国", 1, 10), "2021-03-05", null)));
        Dataset<Row> clusters = spark.createDataFrame(List.of(
                cluster("unknown-1", "unknown-1"), cluster("credit-0", "unknown-1"), cluster("civ-1", "unknown-1"),
                cluster("credit-1", "unknown-1"), cluster("civ-2", "civ-2"), cluster("civ-3", "civ-2"),
                cluster("civ-2015", "civ-2015"), cluster("credit-2015", "civ-2015"), cluster("civ-2019", "civ-2015"),
                cluster("credit-2019", "civ-2015"), cluster("civ-2021", "civ-2015")),
                TableSchema.load("doc_clusters").structType());
        return OverlapArticlesJob.rows(documents, clusters, 5, 365, "run-1").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("doc_id"), Function.identity()));
    }

    private static Row cluster(String doc, String survivor) {
        return RowFactory.create(doc, survivor, doc.equals(survivor), 1.0, false, "run-0");
    }

    @Test
    void onlyClustersSpanningBothFamiliesAreKeptAndMembersOfUnknownFamilyAreLeftOut() {
        assertEquals(List.of("civ-1", "civ-2015", "civ-2019", "credit-0", "credit-1", "credit-2015", "credit-2019"),
                rows().keySet().stream().sorted().toList());
    }

    @Test
    void theEarliestMemberIsFirstAndEveryMemberHasItsLagAndItsSimilarityToIt() {
        Map<String, Row> rows = rows();
        Row first = rows.get("credit-0");
        assertEquals(true, first.getAs("is_first"));
        assertEquals(0, first.<Integer>getAs("lag_days"));
        assertEquals(1.0, first.<Double>getAs("jaccard"));
        Row later = rows.get("credit-1");
        assertEquals("credit", later.getAs("first_family"));
        assertEquals(java.sql.Date.valueOf("2018-01-10"), later.getAs("first_date"));
        assertEquals(66, later.<Integer>getAs("lag_days"));
        assertEquals("unknown-1", later.getAs("cluster_id"));
        double j = rows.get("civ-1").getAs("jaccard");
        assertTrue(j > 0.7 && j < 1.0, "jaccard " + j);
    }

    @Test
    void aClusterWhoseMembersAreYearsApartIsCutIntoEventsAndAnEventOfOneFamilyIsLeftOut() {
        Map<String, Row> rows = rows();
        assertEquals("civ-2015", rows.get("credit-2015").getAs("cluster_id"));
        assertEquals("civ-2019", rows.get("civ-2019").getAs("cluster_id"));
        assertEquals("civ-2019", rows.get("credit-2019").getAs("cluster_id"));
        assertEquals(true, rows.get("civ-2019").getAs("is_first"));
        assertEquals(28, rows.get("credit-2019").<Integer>getAs("lag_days"));
        assertTrue(!rows.containsKey("civ-2021"), "a lone civilization item two years later is no overlap");
    }
}
