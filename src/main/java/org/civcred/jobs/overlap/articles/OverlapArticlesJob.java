package org.civcred.jobs.overlap.articles;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.civcred.config.Errors;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.dedupe.PairSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles both programmes published: {@code doc_clusters} whose members come from both
 * families, one row per member ({@code documents}, {@code doc_clusters} → {@code overlap_articles}).
 *
 * <p>A dedupe cluster is one text, not always one event: formulaic reports (an annual 文明城市创建
 * round-up, a campaign notice) come back year after year in nearly the same words. Republication
 * follows within weeks or months, so a cluster is cut where its members, in date order, are more
 * than {@code overlap.articles.max-gap-days} apart; each part is an event of its own, kept when it
 * spans both families. The first part keeps the cluster's id; a later part is named after its first
 * member's doc_id. Undated members stay with the first part.
 *
 * <p>The first publication is the member with the earliest published date (undated members last,
 * ties to the smaller doc_id); every member gets its lag in days after it and the exact Jaccard of
 * its shingles to it, recomputed from the text (the cluster's own survivor may be a member of
 * unknown family, which has no row here). Members whose family is unknown are left out: they can
 * say nothing about which programme copied which. Rebuilt on every run by MERGE on
 * (cluster_id, doc_id) with deletion of vanished rows, so a second run changes nothing.
 */
public final class OverlapArticlesJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(OverlapArticlesJob.class);

    @Override
    public String name() {
        return "overlap-articles";
    }

    @Override
    public List<String> inputs() {
        return List.of("documents", "doc_clusters");
    }

    @Override
    public List<String> outputs() {
        return List.of("overlap_articles");
    }

    @Override
    public JobResult run(JobContext context) {
        int shingleSize = DedupeSettings.from(context.settings()).shingleSize();
        int maxGapDays = context.settings().integer("overlap.articles.max-gap-days");
        if (maxGapDays < 1) {
            throw Errors.badSetting(context.settings().source("overlap.articles.max-gap-days"),
                    "overlap.articles.max-gap-days", Integer.toString(maxGapDays), "a whole number of days, at least 1");
        }
        Dataset<Row> rows = rows(context.tables().read("documents"), context.tables().read("doc_clusters"),
                shingleSize, maxGapDays, context.runId()).localCheckpoint();
        context.tables().merge("overlap_articles", rows, context.runId(), true);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", rows.count());
        counts.put("clusters", rows.where(col("is_first")).count());
        LOG.info("overlap-articles: {} cross-family clusters with {} members", counts.get("clusters"), counts.get("members"));
        return new JobResult(name(), counts);
    }

    /**
     * The transform, pure over frames.
     *
     * @param documents {@code documents} rows
     * @param clusters  {@code doc_clusters} rows
     * @param maxGapDays the longest gap between consecutive members of one event
     * @return rows in the columns of {@code schemas/overlap_articles.json}
     */
    public static Dataset<Row> rows(Dataset<Row> documents, Dataset<Row> clusters, int shingleSize, int maxGapDays,
                                    String runId) {
        WindowSpec byCluster = Window.partitionBy("cluster_id");
        WindowSpec inOrder = byCluster.orderBy(col("published_date").asc_nulls_last(), col("doc_id").asc())
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Dataset<Row> members = events(clusters.select("doc_id", "cluster_id")
                .join(documents.select("doc_id", "url", "family", "site", "title", "published_date", "capture_id",
                        "warc_file", "warc_offset"), "doc_id")
                .where(col("family").isNotNull()), maxGapDays)
                .withColumn("families", size(collect_set("family").over(byCluster)))
                .where(col("families").equalTo(2))
                .withColumn("first_id", first("doc_id").over(inOrder))
                .withColumn("first_family", first("family").over(inOrder))
                .withColumn("first_date", first("published_date").over(inOrder))
                .withColumn("is_first", col("doc_id").equalTo(col("first_id")));
        Dataset<Row> similarity = PairSimilarity.jaccard(
                members.where(col("is_first").equalTo(false)).select(col("doc_id").as("a"), col("first_id").as("b")),
                documents, shingleSize).select(col("a").as("doc_id"), col("jaccard").as("measured"));
        return members.join(similarity, new String[] {"doc_id"}, "left")
                .select(col("cluster_id"), col("doc_id"), col("url"), col("family"), col("site"), col("title"),
                        col("published_date"), when(col("is_first"), lit(1.0)).otherwise(col("measured")).as("jaccard"),
                        col("is_first"), col("first_family"), col("first_date"),
                        datediff(col("published_date"), col("first_date")).as("lag_days"), col("capture_id"),
                        col("warc_file"), col("warc_offset"), lit(runId).as("run_id"));
    }

    /**
     * Members with {@code cluster_id} replaced by their event's id: in date order, a member more than
     * {@code maxGapDays} after the one before starts a new event, named after its own doc_id.
     */
    static Dataset<Row> events(Dataset<Row> members, int maxGapDays) {
        WindowSpec inOrder = Window.partitionBy("cluster_id")
                .orderBy(col("published_date").asc_nulls_last(), col("doc_id").asc());
        WindowSpec soFar = inOrder.rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Dataset<Row> marked = members
                .withColumn("gap", datediff(col("published_date"), lag("published_date", 1).over(inOrder)))
                .withColumn("starts_event", col("gap").isNotNull().and(col("gap").gt(maxGapDays)))
                .withColumn("event", when(col("published_date").isNull(), lit(0L))
                        .otherwise(sum(when(col("starts_event"), 1L).otherwise(0L)).over(soFar)));
        WindowSpec byEvent = Window.partitionBy("cluster_id", "event")
                .orderBy(col("published_date").asc_nulls_last(), col("doc_id").asc())
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        return marked
                .withColumn("cluster_id", when(col("event").equalTo(0), col("cluster_id"))
                        .otherwise(first("doc_id").over(byEvent)))
                .drop("gap", "starts_event", "event");
    }
}
