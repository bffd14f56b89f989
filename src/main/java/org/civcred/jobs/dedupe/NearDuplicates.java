package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The pair-finding half of deduplication, from signatures to confirmed edges: exact duplicates
 * (equal {@code text_hash}) are linked to the group's smallest doc_id, and only those anchors go
 * through LSH candidates, pre-checked inside their buckets by MinHash sketches so that pairs far
 * below the threshold are dropped ({@link CandidatePairs}), and the exact Jaccard check. Components and survivors are
 * {@link Clusters}' business; this part is kept apart so it can be run (and timed) on its own.
 */
public final class NearDuplicates {

    /**
     * @param anchored   {@code doc_id, text_hash, minhash, anchor} (cached; the caller unpersists)
     * @param exact      {@code a} (anchor), {@code b} (another document with the same text)
     * @param candidates {@code a < b}: anchors sharing an LSH bucket whose sketches pass the pre-check (cached)
     * @param near       {@code a < b}: candidates whose exact Jaccard reaches the threshold (cached)
     */
    public record Edges(Dataset<Row> anchored, Dataset<Row> exact, Dataset<Row> candidates, Dataset<Row> near) {

        public void unpersist() {
            anchored.unpersist();
            candidates.unpersist();
            near.unpersist();
        }
    }

    private NearDuplicates() {
    }

    /**
     * @param signatures {@code doc_id, text_hash, minhash} of documents with shingles
     * @param texts      {@code doc_id, title, body_text} of the same documents
     */
    public static Edges find(Dataset<Row> signatures, Dataset<Row> texts, DedupeSettings s) {
        Dataset<Row> anchored = signatures.select("doc_id", "text_hash", "minhash")
                .withColumn("anchor", min("doc_id").over(Window.partitionBy(coalesce(col("text_hash"), col("doc_id")))))
                .cache();
        Dataset<Row> exact = anchored.where(col("doc_id").notEqual(col("anchor")))
                .select(col("anchor").as("a"), col("doc_id").as("b"));
        Dataset<Row> representatives = anchored.where(col("doc_id").equalTo(col("anchor")));
        Dataset<Row> candidates = CandidatePairs.of(representatives, s.bands(), s.rows(), s.bucketCap(),
                s.jaccardThreshold()).cache();
        Dataset<Row> near = PairSimilarity.jaccard(candidates, texts, s.shingleSize())
                .where(col("jaccard").geq(s.jaccardThreshold())).select("a", "b").cache();
        return new Edges(anchored, exact, candidates, near);
    }
}
