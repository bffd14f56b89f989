package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class CandidatePairsTest {

    private final SparkSession spark = SharedSpark.get();
    private final MinHasher hasher = new MinHasher(8);

    private Row signed(String id, long[] shingles) {
        List<Long> sig = new ArrayList<>();
        for (long v : hasher.signature(shingles)) {
            sig.add(v);
        }
        return RowFactory.create(id, sig);
    }

    private Set<String> pairs(List<Row> rows, int cap) {
        Dataset<Row> frame = spark.createDataFrame(rows, new StructType().add("doc_id", DataTypes.StringType)
                .add("minhash", DataTypes.createArrayType(DataTypes.LongType)));
        Set<String> out = new TreeSet<>();
        CandidatePairs.of(frame, 4, 2, cap).collectAsList().forEach(r -> out.add(r.getString(0) + "~" + r.getString(1)));
        return out;
    }

    @Test
    void documentsSharingABandArePairedOnceWithTheSmallerIdFirst() {
        long[] story = LongStream.range(0, 50).toArray();
        long[] other = LongStream.range(1000, 1050).toArray();
        assertEquals(Set.of("a~b"), pairs(List.of(signed("b", story), signed("a", story), signed("c", other)), 10));
    }

    @Test
    void anOversizedBucketIsCutIntoOverlappingWindowsThatStillChainEveryMember() {
        long[] same = LongStream.range(0, 50).toArray();
        List<Row> rows = new ArrayList<>();
        for (String id : List.of("d1", "d2", "d3", "d4", "d5", "d6")) {
            rows.add(signed(id, same));
        }
        assertEquals(15, pairs(rows, 10).size(), "under the cap: all pairs");
        Set<String> capped = pairs(rows, 2);
        assertEquals(Set.of("d1~d2", "d1~d3", "d2~d3", "d2~d4", "d3~d4", "d3~d5", "d4~d5", "d4~d6", "d5~d6"), capped);
    }
}
