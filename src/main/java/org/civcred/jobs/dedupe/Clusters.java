package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * From signatures to {@code doc_clusters}: exact duplicates, LSH candidates checked by exact
 * Jaccard, connected components, a deterministic survivor.
 *
 * <p>Exact duplicates (equal {@code text_hash}) are linked to the group's smallest doc_id and only
 * that one enters LSH, so a page archived under a hundred URLs costs one document there. The
 * survivor of a component is its earliest publication (undated documents last), then the smallest
 * doc_id: the same input always elects the same survivor. Every deduplicated document gets a row;
 * a document without near duplicates is the survivor of its own one-member cluster.
 */
public final class Clusters {

    /** The rows (materialised) and what was found on the way, for the job's counts. */
    public record Outcome(Dataset<Row> rows, long exactDuplicates, long candidates, long nearEdges, long clusters,
                          int rounds, boolean converged) {
    }

    private Clusters() {
    }

    /**
     * @param signatures {@code doc_signatures} rows (at least {@code doc_id, text_hash, minhash})
     * @param documents  {@code doc_id, title, body_text, published_date} of the same documents
     */
    public static Outcome build(Dataset<Row> signatures, Dataset<Row> documents, DedupeSettings s, String runId) {
        Dataset<Row> texts = documents.select("doc_id", "title", "body_text");
        NearDuplicates.Edges edges = NearDuplicates.find(signatures, texts, s);
        Dataset<Row> exactEdges = edges.exact();
        Dataset<Row> candidates = edges.candidates();
        Dataset<Row> near = edges.near();
        ConnectedComponents.Result components = ConnectedComponents.of(
                signatures.select(col("doc_id").as("id")), exactEdges.union(near), s.maxIterations());

        WindowSpec byComponent = Window.partitionBy("component");
        WindowSpec inOrder = byComponent.orderBy(col("published_date").asc_nulls_last(), col("doc_id").asc());
        Dataset<Row> members = components.labels().withColumnRenamed("id", "doc_id")
                .join(signatures.select("doc_id", "text_hash"), "doc_id")
                .join(documents.select("doc_id", "published_date"), "doc_id")
                .withColumn("cluster_id", first("doc_id").over(inOrder.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .withColumn("survivor_hash", first("text_hash").over(inOrder.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .withColumn("members", count(lit(1)).over(byComponent))
                .withColumn("is_survivor", col("doc_id").equalTo(col("cluster_id")))
                .withColumn("exact", col("is_survivor").or(col("text_hash").eqNullSafe(col("survivor_hash"))
                        .and(col("text_hash").isNotNull())))
                .cache();

        Dataset<Row> toMeasure = members.where(col("exact").equalTo(false))
                .select(col("doc_id").as("a"), col("cluster_id").as("b"));
        Dataset<Row> measured = PairSimilarity.jaccard(toMeasure, texts, s.shingleSize())
                .select(col("a").as("doc_id"), col("jaccard").as("measured"));
        Dataset<Row> rows = members.join(measured, new String[] {"doc_id"}, "left")
                .select(col("doc_id"), col("cluster_id"), col("is_survivor"),
                        when(col("exact"), lit(1.0)).otherwise(col("measured")).as("jaccard"),
                        col("exact"), lit(runId).as("run_id"))
                .localCheckpoint();
        Outcome outcome = new Outcome(rows, exactEdges.count(), candidates.count(), near.count(),
                members.where(col("is_survivor").and(col("members").gt(1))).count(), components.rounds(),
                components.converged());
        edges.unpersist();
        members.unpersist();
        return outcome;
    }
}
