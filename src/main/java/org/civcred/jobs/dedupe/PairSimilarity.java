package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Exact Jaccard similarity of the shingle sets of document pairs, recomputed from their text. Used
 * to check every LSH candidate (MinHash only estimates) and to measure members against a cluster's
 * survivor or first publication. Cost: two joins and two shingle sets per pair; pairs are few.
 */
public final class PairSimilarity {

    private static final StructType OUT = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false)
            .add("jaccard", DataTypes.DoubleType, false);

    private PairSimilarity() {
    }

    /**
     * @param pairs       columns {@code a}, {@code b} (document ids)
     * @param texts       columns {@code doc_id}, {@code title}, {@code body_text}
     * @param shingleSize characters per shingle
     * @return {@code a}, {@code b}, {@code jaccard} for the pairs whose two documents have text
     */
    public static Dataset<Row> jaccard(Dataset<Row> pairs, Dataset<Row> texts, int shingleSize) {
        Dataset<Row> t = texts.select(col("doc_id"), col("title"), col("body_text"));
        Dataset<Row> joined = pairs.select("a", "b")
                .join(t.toDF("a", "a_title", "a_body"), "a")
                .join(t.toDF("b", "b_title", "b_body"), "b")
                .select("a", "b", "a_title", "a_body", "b_title", "b_body");
        return joined.map(score(shingleSize), Encoders.row(OUT));
    }

    private static MapFunction<Row, Row> score(int k) {
        return r -> {
            long[] a = Shingles.of(Shingles.documentText(r.getString(2), r.getString(3)), k);
            long[] b = Shingles.of(Shingles.documentText(r.getString(4), r.getString(5)), k);
            return RowFactory.create(r.getString(0), r.getString(1), Shingles.jaccard(a, b));
        };
    }
}
