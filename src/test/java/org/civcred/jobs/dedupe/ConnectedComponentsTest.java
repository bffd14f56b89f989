package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    private final SparkSession spark = SharedSpark.get();

    private Dataset<Row> nodes(String... ids) {
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(RowFactory.create(id));
        }
        return spark.createDataFrame(rows, new StructType().add("id", DataTypes.StringType));
    }

    private Dataset<Row> edges(String... pairs) {
        List<Row> rows = new ArrayList<>();
        for (String pair : pairs) {
            String[] ends = pair.split("-");
            rows.add(RowFactory.create(ends[0], ends[1]));
        }
        return spark.createDataFrame(rows, new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType));
    }

    private static Map<String, String> labels(ConnectedComponents.Result r) {
        Map<String, String> out = new TreeMap<>();
        r.labels().collectAsList().forEach(row -> out.put(row.getString(0), row.getString(1)));
        return out;
    }

    @Test
    void aChainWrittenInAnyOrderBecomesOneComponentLabelledWithItsSmallestId() {
        ConnectedComponents.Result r = ConnectedComponents.of(nodes("n5", "n1", "n4", "n2", "n3", "n6", "n7", "n8"),
                edges("n8-n7", "n7-n6", "n6-n5", "n5-n4", "n4-n3", "n3-n2", "n2-n1"), 10);
        assertTrue(r.converged());
        assertTrue(labels(r).values().stream().allMatch("n1"::equals), labels(r).toString());
        assertTrue(r.rounds() < 7, "pointer jumping beats one hop per round: " + r.rounds());
    }

    @Test
    void separateGroupsAndLonelyNodesKeepTheirOwnLabels() {
        ConnectedComponents.Result r = ConnectedComponents.of(nodes("a", "b", "c", "x", "y", "z"),
                edges("c-b", "b-a", "y-z"), 10);
        assertEquals(Map.of("a", "a", "b", "a", "c", "a", "x", "x", "y", "y", "z", "y"), labels(r));
    }

    @Test
    void reachingTheRoundLimitLeavesComponentsSplitButNeverWronglyJoined() {
        ConnectedComponents.Result r = ConnectedComponents.of(nodes("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "q"),
                edges("n8-n7", "n7-n6", "n6-n5", "n5-n4", "n4-n3", "n3-n2", "n2-n1"), 1);
        assertFalse(r.converged());
        Map<String, String> labels = labels(r);
        assertEquals("q", labels.get("q"));
        assertTrue(labels.entrySet().stream().filter(e -> !e.getKey().equals("q")).allMatch(e -> e.getValue().startsWith("n")));
    }
}
