package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        byte[] a = sketch(0, 1000);
        byte[] b = sketch(250, 1250);   // J(a,b) = 750/1250 = 0.6, exactly the threshold
        byte[] c = sketch(800, 1800);   // J(a,c) = 200/1800 ≈ 0.11, J(b,c) = 450/1550 ≈ 0.29

        assertTrue(SignatureSketch.plausible(a, b, 0.6));
        assertFalse(SignatureSketch.plausible(a, c, 0.6));
        assertFalse(SignatureSketch.plausible(b, c, 0.6));
        assertEquals(0.6, SignatureSketch.estimate(a, b), 0.2, "the byte sketches still estimate Jaccard");
        assertTrue(SignatureSketch.plausible(a, c, 0), "no threshold keeps every pair");
    }

    @Test
    void candidatePairsWithAThresholdKeepOnlyPairsTheSketchesFindNearIt() {
        Dataset<Row> signatures = spark.createDataFrame(List.of(
                signed("a", 0, 1000), signed("b", 250, 1250), signed("c", 800, 1800), signed("d", 0, 1000)),
                new StructType().add("doc_id", DataTypes.StringType)
                        .add("minhash", DataTypes.createArrayType(DataTypes.LongType)));

        Set<String> all = pairs(CandidatePairs.of(signatures, 128, 1, 100));
        Set<String> checked = pairs(CandidatePairs.of(signatures, 128, 1, 100, 0.6));

        assertTrue(all.containsAll(Set.of("a~c", "b~c", "a~b", "a~d", "b~d")), "single-row bands pair every overlap: " + all);
        assertEquals(Set.of("a~b", "a~d", "b~d"), checked);
    }

    private static Set<String> pairs(Dataset<Row> pairs) {
        Set<String> out = new TreeSet<>();
        pairs.collectAsList().forEach(r -> out.add(r.getString(0) + "~" + r.getString(1)));
        return out;
    }

    private byte[] sketch(long from, long to) {
        List<Long> sig = new ArrayList<>();
        for (long v : hasher.signature(LongStream.range(from, to).toArray())) {
            sig.add(v);
        }
        return SignatureSketch.of(sig);
    }

    @Test
    void theLowestCheckedEstimateLiesFiveStandardErrorsBelowTheThreshold() {
        double lowest = PairSimilarity.lowestEstimate(0.6, 128);

        assertEquals(0.6 - 5 * Math.sqrt(0.24 / 128), lowest, 1e-12);
        assertTrue(lowest > 0.35 && lowest < 0.4, "about 0.38 for 32 × 4 functions");
    }
}
