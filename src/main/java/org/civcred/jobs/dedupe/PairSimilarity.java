package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Exact Jaccard similarity of the shingle sets of document pairs, recomputed from their text. Used
 * to check every LSH candidate (MinHash only estimates) and to measure members against a cluster's
 * survivor or first publication.
 *
 * <p>Cost: the shingle set of a text (normalisation, hashing, sorting) costs far more than the
 * merge that compares two sets, and a document sits in many pairs (about 60 at a million pages).
 * The normalisation, two thirds of that cost, is therefore done per document before the joins
 * (at most once for each of the two join sides), which carry the reduced text
 * ({@link Shingles#matchingKey}) instead of title and body. The hashing is done per pair, but
 * each task keeps the sets of the documents it saw last ({@link #CACHED} of them): pairs arrive
 * grouped by their second document (the last join's key), so that side is nearly always hashed
 * once.
 */
public final class PairSimilarity {

    /** Shingle sets each task keeps; a few MB at most. */
    static final int CACHED = 512;
    /**
     * How many standard errors of the MinHash estimate below the threshold a candidate may lie and
     * still be checked. The estimate from n functions of a pair at Jaccard J is binomial with
     * standard error √(J(1−J)/n); a pair at the threshold falls five errors short with probability
     * below one in a million, so the pre-check drops no near duplicate in practice, while the many
     * candidates that share a band by chance (different stories from the same templates) are
     * dropped without their texts being read.
     */
    static final double ESTIMATE_MARGIN = 5.0;

    private static final StructType KEYS = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("key", DataTypes.StringType, false);
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
        Dataset<Row> keys = texts.select(col("doc_id"), col("title"), col("body_text"))
                .map(matchingKey(), Encoders.row(KEYS));
        Dataset<Row> joined = pairs.select("a", "b")
                .join(keys.toDF("a", "a_key"), "a")
                .join(keys.toDF("b", "b_key"), "b")
                .select("a", "b", "a_key", "b_key");
        return joined.mapPartitions(score(shingleSize), Encoders.row(OUT));
    }

    /**
     * Each document's reduced text, computed per document (on each side of the joins that reads it)
     * rather than once per pair it is in.
     */
    private static MapFunction<Row, Row> matchingKey() {
        return r -> RowFactory.create(r.getString(0), Shingles.matchingKey(r.getString(1), r.getString(2)));
    }

    /** The lowest MinHash estimate that still gets an exact check, for signatures of n functions. */
    static double lowestEstimate(double threshold, int functions) {
        return threshold - ESTIMATE_MARGIN * Math.sqrt(threshold * (1 - threshold) / functions);
    }

    private static MapPartitionsFunction<Row, Row> score(int k) {
        return rows -> {
            Map<String, long[]> cache = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                    return size() > CACHED;
                }
            };
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    long[] a = shingles(cache, r.getString(0), r.getString(2), k);
                    long[] b = shingles(cache, r.getString(1), r.getString(3), k);
                    return RowFactory.create(r.getString(0), r.getString(1), Shingles.jaccard(a, b));
                }
            };
        };
    }

    private static long[] shingles(Map<String, long[]> cache, String id, String key, int k) {
        long[] s = cache.get(id);
        if (s == null) {
            s = Shingles.ofKey(key, k);
            cache.put(id, s);
        }
        return s;
    }
}
