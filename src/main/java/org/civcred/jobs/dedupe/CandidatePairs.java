package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * LSH candidate pairs: documents that share a bucket in at least one band.
 *
 * <p>Skew: boilerplate-heavy pages can fill one bucket with thousands of documents, and all pairs
 * of a bucket of n documents cost n²/2. Members of a bucket are therefore numbered by doc_id and
 * each is paired only with the next {@code bucketCap} members: a bucket of up to {@code cap + 1}
 * documents yields all its pairs, a larger one a chain of overlapping windows (still connected, so
 * the components are unchanged when the bucket's members really are near duplicates). The join
 * runs on (band, bucket, block of {@code cap} members) against the same and the next block, so no
 * single task sees more than 2·cap² pairs.
 */
public final class CandidatePairs {

    private static final StructType BUCKETS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("band", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.LongType, false);

    private CandidatePairs() {
    }

    /**
     * @param signatures columns {@code doc_id}, {@code minhash}
     * @return distinct pairs {@code a < b} (columns {@code a}, {@code b})
     */
    public static Dataset<Row> of(Dataset<Row> signatures, int bands, int rows, int bucketCap) {
        Dataset<Row> buckets = signatures.select("doc_id", "minhash")
                .flatMap(bandKeys(bands, rows), Encoders.row(BUCKETS));
        Dataset<Row> shared = buckets
                .withColumn("size", count(lit(1)).over(Window.partitionBy("band", "bucket")))
                .where(col("size").gt(1));
        Dataset<Row> numbered = shared
                .withColumn("rn", row_number().over(Window.partitionBy("band", "bucket").orderBy("doc_id")))
                .withColumn("block", floor(col("rn").divide(bucketCap)));
        Dataset<Row> left = numbered.withColumn("probe", explode(array(col("block"), col("block").plus(1))))
                .select(col("band"), col("bucket"), col("probe"), col("doc_id").as("x"), col("rn").as("rx"));
        Dataset<Row> right = numbered.select(col("band"), col("bucket"), col("block").as("probe"),
                col("doc_id").as("y"), col("rn").as("ry"));
        return left.join(right, new String[] {"band", "bucket", "probe"})
                .where(col("ry").gt(col("rx")).and(col("ry").leq(col("rx").plus(lit(bucketCap)))))
                .select(least(col("x"), col("y")).as("a"), greatest(col("x"), col("y")).as("b"))
                .distinct();
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
}
