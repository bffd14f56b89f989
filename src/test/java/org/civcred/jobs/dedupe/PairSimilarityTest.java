package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class PairSimilarityTest {

    private final SparkSession spark = SharedSpark.get();
    private final MinHasher hasher = new MinHasher(128);

    private Row signed(String id, long from, long to) {
        List<Long> sig = new ArrayList<>();
        for (long v : hasher.signature(LongStream.range(from, to).toArray())) {
            sig.add(v);
        }
        return RowFactory.create(id, sig);
    }

    @Test
    void thePreCheckKeepsPairsNearTheThresholdAndDropsThoseFarBelow() {
        Dataset<Row> signatures = spark.createDataFrame(List.of(
                signed("a", 0, 1000),
                signed("b", 250, 1250),   // J(a,b) = 750/1250 = 0.6, exactly the threshold
                signed("c", 800, 1800)),  // J(a,c) = 200/1800 ≈ 0.11, J(b,c) = 450/1550 ≈ 0.29
                new StructType().add("doc_id", DataTypes.StringType)
                        .add("minhash", DataTypes.createArrayType(DataTypes.LongType)));
        Dataset<Row> candidates = spark.createDataFrame(List.of(RowFactory.create("a", "b"),
                RowFactory.create("a", "c"), RowFactory.create("b", "c")),
                new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType));

        Set<String> kept = new TreeSet<>();
        PairSimilarity.plausible(candidates, signatures, 0.6).collectAsList()
                .forEach(r -> kept.add(r.getString(0) + "~" + r.getString(1)));

        assertEquals(Set.of("a~b"), kept);
    }

    @Test
    void theLowestCheckedEstimateLiesFiveStandardErrorsBelowTheThreshold() {
        double lowest = PairSimilarity.lowestEstimate(0.6, 128);

        assertEquals(0.6 - 5 * Math.sqrt(0.24 / 128), lowest, 1e-12);
        assertTrue(lowest > 0.35 && lowest < 0.4, "about 0.38 for 32 × 4 functions");
    }
}
