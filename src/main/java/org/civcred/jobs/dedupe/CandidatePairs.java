package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * LSH candidate pairs: documents that share a bucket in at least one band.
 *
 * <p>Skew: boilerplate-heavy pages can fill one bucket with thousands of documents, and all pairs
 * of a bucket of n documents cost n²/2. Members of a bucket are therefore ordered by doc_id and
 * each is paired only with the next {@code bucketCap} members: a bucket of up to {@code cap + 1}
 * documents yields all its pairs, a larger one a chain of overlapping windows (still connected, so
 * the components are unchanged when the bucket's members really are near duplicates). A bucket
 * costs at most n·cap pairs, produced lazily.
 *
 * <p>Cost: one shuffle gathers each bucket's member ids (ids only, never signatures), one more
 * removes the pairs that several bands found. Pairing inside the gathered bucket replaces the
 * numbering windows and the self-join a relational formulation needs.
 */
public final class CandidatePairs {

    private static final StructType BUCKETS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("band", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.LongType, false);
    private static final StructType PAIRS = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);

    private CandidatePairs() {
    }

    /**
     * @param signatures columns {@code doc_id}, {@code minhash}
     * @return distinct pairs {@code a < b} (columns {@code a}, {@code b})
     */
    public static Dataset<Row> of(Dataset<Row> signatures, int bands, int rows, int bucketCap) {
        return signatures.select("doc_id", "minhash")
                .flatMap(bandKeys(bands, rows), Encoders.row(BUCKETS))
                .groupBy("band", "bucket").agg(collect_list("doc_id").as("members"))
                .where(size(col("members")).gt(1))
                .select("members")
                .flatMap(windows(bucketCap), Encoders.row(PAIRS))
                .distinct();
    }

    /** Each member with the next {@code cap} members in doc_id order. */
    static FlatMapFunction<Row, Row> windows(int cap) {
        return r -> {
            List<String> members = new ArrayList<>(r.getList(0));
            Collections.sort(members);
            return new WindowPairs(members, cap);
        };
    }

    private static FlatMapFunction<Row, Row> bandKeys(int bands, int rows) {
        return r -> {
            List<Long> values = r.getList(1);
            long[] sig = new long[values.size()];
            for (int i = 0; i < sig.length; i++) {
                sig[i] = values.get(i);
            }
            long[] keys = LshBands.keys(sig, bands, rows);
            List<Row> out = new ArrayList<>(keys.length);
            for (int band = 0; band < keys.length; band++) {
                out.add(RowFactory.create(r.getString(0), band, keys[band]));
            }
            return out.iterator();
        };
    }

    /** Pairs (i, j) with i < j ≤ i + cap over sorted members, one at a time. */
    private static final class WindowPairs implements Iterator<Row> {
        private final List<String> members;
        private final int cap;
        private int i;
        private int j = 1;

        WindowPairs(List<String> members, int cap) {
            this.members = members;
            this.cap = cap;
        }

        @Override
        public boolean hasNext() {
            if (j >= members.size() || j > i + cap) {
                i++;
                j = i + 1;
            }
            return j < members.size();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return RowFactory.create(members.get(i), members.get(j++));
        }
    }
}
