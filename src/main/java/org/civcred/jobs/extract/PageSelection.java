package org.civcred.jobs.extract;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Chooses the captures the extract step reads: one per distinct URL and payload.
 *
 * <p>A revisit stands for the response it refers to ({@code refers_to}): it takes that response's
 * status, content type, payload digest (when it has none) and body. Candidates are 2xx responses and
 * revisits of 2xx responses; robots.txt files are not pages. Of the candidates sharing a URL and a
 * payload digest the earliest wins (fetch time, then capture id), a capture whose payload is at hand
 * before a revisit whose original is missing, so the choice never depends on partitioning. A revisit
 * whose original is not in {@code captures} is kept (flag {@code resolved} false) when nothing else
 * gives its URL and payload, so that it can be quarantined.
 *
 * <p>Only the winners' bodies are joined back, so the ranking shuffles no payloads. Output columns:
 * those {@link CaptureInput#fromRow} reads, plus {@code outcome}, {@code record_type} and {@code resolved}.
 */
public final class PageSelection {

    private PageSelection() {
    }

    public static Dataset<Row> pages(Dataset<Row> captures) {
        return select(captures, captures.drop("body"));
    }

    /**
     * The same choice restricted to the URLs of {@code changed} captures: each of those URLs gets
     * the winners a selection over all captures would give it (its earlier captures take part in the
     * ranking, and revisits find their originals anywhere), so an incremental extract writes exactly
     * the rows a full one would write for those URLs.
     */
    public static Dataset<Row> pages(Dataset<Row> captures, Dataset<Row> changed) {
        Dataset<Row> thin = captures.drop("body");
        Dataset<Row> urls = changed.select("url").distinct();
        return select(captures, thin.join(urls, thin.col("url").equalTo(urls.col("url")), "left_semi"));
    }

    private static Dataset<Row> select(Dataset<Row> captures, Dataset<Row> chosenFrom) {
        Dataset<Row> thin = chosenFrom;
        Dataset<Row> targets = captures.drop("body").filter(col("record_type").equalTo("response")).select(
                col("capture_id").as("t_id"), col("status").as("t_status"), col("content_type").as("t_content_type"),
                col("payload_digest").as("t_digest"), col("outcome").as("t_outcome"));
        Column isResponse = col("record_type").equalTo("response");
        Dataset<Row> candidates = thin.join(targets, thin.col("refers_to").equalTo(targets.col("t_id")), "left")
                .withColumn("body_source", when(isResponse, col("capture_id")).otherwise(col("t_id")))
                .withColumn("resolved", isResponse.or(col("t_id").isNotNull()))
                .withColumn("status", borrowed(isResponse, "status", "t_status"))
                .withColumn("content_type", borrowed(isResponse, "content_type", "t_content_type"))
                .withColumn("payload_digest", coalesce(col("payload_digest"), col("t_digest")))
                .withColumn("outcome", borrowed(isResponse, "outcome", "t_outcome"))
                .filter(col("status").between(200, 299).or(col("resolved").equalTo(false)
                        .and(col("status").isin(200, 304).or(col("status").isNull()))))
                .filter(col("url").rlike("^(?i)https?://[^/]+/robots\\.txt$").equalTo(false));
        Dataset<Row> winners = candidates.withColumn("_rank", row_number().over(
                        Window.partitionBy("url", "payload_digest")
                                .orderBy(col("resolved").desc(), col("fetch_time"), col("capture_id"))))
                .filter(col("_rank").equalTo(lit(1)))
                .drop("_rank", "t_id", "t_status", "t_content_type", "t_digest", "t_outcome");
        Dataset<Row> bodies = captures.select(col("capture_id").as("b_id"), col("body"));
        return winners.join(bodies, winners.col("body_source").equalTo(bodies.col("b_id")), "left")
                .drop("b_id", "body_source");
    }

    /** A response keeps its own value; a revisit takes its original's, or keeps its own when that is missing. */
    private static Column borrowed(Column isResponse, String own, String original) {
        return when(isResponse, col(own)).otherwise(coalesce(col(original), col(own)));
    }
}
