package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>Pre-check: with a threshold, a pair is kept only when the {@link SignatureSketch}es of its two
 * documents estimate a Jaccard near enough to it. Documents built from the same templates share a
 * band by chance far more often than they are near duplicates (23 million candidates for 3,600
 * near-duplicate pairs at 100,000 synthetic pages); checking them here, inside the bucket, avoids
 * joining two full signatures onto every such pair.
 *
 * <p>Cost: one shuffle gathers each bucket's member ids and sketches (128 bytes each, never full
 * signatures), one more removes the pairs that several bands found.
 */
public final class CandidatePairs {

    private static final StructType BUCKETS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("band", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.LongType, false)
            .add("sketch", DataTypes.BinaryType, false);
    private static final StructType PAIRS = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false);

    private CandidatePairs() {
    }

    /** Every pair that shares a bucket, without the pre-check. */
    public static Dataset<Row> of(Dataset<Row> signatures, int bands, int rows, int bucketCap) {
        return of(signatures, bands, rows, bucketCap, 0);
    }

    /**
     * @param signatures columns {@code doc_id}, {@code minhash}
     * @param threshold  the Jaccard threshold the pre-check keeps pairs near; 0 keeps every pair
     * @return distinct pairs {@code a < b} (columns {@code a}, {@code b})
     */
    public static Dataset<Row> of(Dataset<Row> signatures, int bands, int rows, int bucketCap, double threshold) {
        return signatures.select("doc_id", "minhash")
                .flatMap(bandKeys(bands, rows), Encoders.row(BUCKETS))
                .groupBy("band", "bucket").agg(collect_list(struct("doc_id", "sketch")).as("members"))
                .where(size(col("members")).gt(1))
                .select("members")
                .flatMap(windows(bucketCap, threshold), Encoders.row(PAIRS))
                .distinct();
    }

    /** Each member with the next {@code cap} members in doc_id order, when their sketches agree enough. */
    static FlatMapFunction<Row, Row> windows(int cap, double threshold) {
        return r -> {
            List<Row> members = new ArrayList<>(r.getList(0));
            members.sort(Comparator.comparing((Row m) -> m.getString(0)));
            return new WindowPairs(members, cap, threshold);
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
            byte[] sketch = SignatureSketch.of(values);
            List<Row> out = new ArrayList<>(keys.length);
            for (int band = 0; band < keys.length; band++) {
                out.add(RowFactory.create(r.getString(0), band, keys[band], sketch));
            }
            return out.iterator();
        };
    }

    /** Pairs (i, j) with i < j ≤ i + cap over sorted members that pass the pre-check, one at a time. */
    private static final class WindowPairs implements Iterator<Row> {
        private final List<Row> members;
        private final int cap;
        private final double threshold;
        private int i;
        private int j = 1;
        private Row next;

        WindowPairs(List<Row> members, int cap, double threshold) {
            this.members = members;
            this.cap = cap;
            this.threshold = threshold;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (j >= members.size() || j > i + cap) {
                    i++;
                    j = i + 1;
                    if (j >= members.size()) {
                        return false;
                    }
                }
                Row a = members.get(i);
                Row b = members.get(j++);
                if (SignatureSketch.plausible((byte[]) a.get(1), (byte[]) b.get(1), threshold)) {
                    next = RowFactory.create(a.getString(0), b.getString(0));
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }
}
