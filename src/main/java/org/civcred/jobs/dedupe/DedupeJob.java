package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact and near-duplicate documents ({@code documents} → {@code doc_signatures}, {@code doc_clusters}).
 *
 * <p>Which documents: prose pages ({@link TextDocuments}) with at least {@code dedupe.min-chars}
 * body characters. Near duplicates: MinHash over character shingles of the matching key of title
 * and body, {@code dedupe.bands × dedupe.rows} functions, LSH candidates from equal band hashes,
 * each confirmed by the exact Jaccard of the shingle sets ({@code dedupe.jaccard-threshold}), then
 * connected components. Signatures are stored and reused, so a new batch costs only its own
 * signatures while the clusters are recomputed over the whole history.
 *
 * <p>Idempotent: both tables are rebuilt by MERGE with deletion of rows the input no longer
 * yields; a second run on the same documents changes no row.
 */
public final class DedupeJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DedupeJob.class);

    @Override
    public String name() {
        return "dedupe";
    }

    @Override
    public List<String> inputs() {
        return List.of("documents");
    }

    @Override
    public List<String> outputs() {
        return List.of("doc_signatures", "doc_clusters");
    }

    @Override
    public JobResult run(JobContext context) {
        DedupeSettings s = DedupeSettings.from(context.settings());
        Dataset<Row> eligible = TextDocuments.select(context.tables().read("documents"), s.minChars(), s.skipPageTypes())
                .select("doc_id", "url", "capture_id", "family", "title", "body_text", "text_hash", "published_date")
                .cache();
        Dataset<Row> stored = context.tables().read("doc_signatures");
        // Checkpointed: the merge below rewrites the table this frame was read from.
        Dataset<Row> all = Signatures.update(eligible, stored, s, context.runId()).localCheckpoint();
        long textless = quarantineTextless(context, all.where(col("shingles").equalTo(0)).join(eligible, "doc_id"));
        Dataset<Row> signatures = all.where(col("shingles").gt(0));
        long computed = signatures.where(col("run_id").equalTo(context.runId())).count();
        LOG.debug("dedupe: signatures ready ({} computed)", computed);
        context.tables().merge("doc_signatures", signatures, context.runId(), true);
        LOG.debug("dedupe: signatures merged");

        Clusters.Outcome outcome = Clusters.build(signatures, eligible, s, context.runId());
        LOG.debug("dedupe: clusters ready");
        context.tables().merge("doc_clusters", outcome.rows(), context.runId(), true);
        LOG.debug("dedupe: clusters merged");

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("documents", eligible.count());
        eligible.unpersist();
        counts.put("signatures_computed", computed);
        counts.put("quarantined", textless);
        counts.put("exact_duplicates", outcome.exactDuplicates());
        counts.put("candidate_pairs", outcome.candidates());
        counts.put("near_duplicate_pairs", outcome.nearEdges());
        counts.put("clusters", outcome.clusters());
        counts.put("component_rounds", (long) outcome.rounds());
        LOG.info("dedupe: {} documents, {} signatures computed, {} candidates, {} near-duplicate pairs, {} exact duplicates{}",
                counts.get("documents"), computed, outcome.candidates(), outcome.nearEdges(), outcome.exactDuplicates(),
                outcome.converged() ? "" : " (components did not converge)");
        return new JobResult(name(), counts);
    }

    /**
     * A long page whose text is all punctuation or markup leftovers has no shingles: it would
     * match nothing and every such page would share one LSH bucket. It is recorded and left out.
     */
    private static long quarantineTextless(JobContext context, Dataset<Row> textless) {
        long n = textless.count();
        if (n > 0) {
            String reason = "no-comparable-text";
            context.quarantine(textless.select(
                    sha1(concat_ws("\n", lit("dedupe"), col("doc_id"), lit(reason))).as("quarantine_id"),
                    lit(context.runId()).as("run_id"), lit("dedupe").as("stage"), col("capture_id"), col("url"),
                    col("doc_id").as("row_key"), lit(reason).as("reason"),
                    lit("the matching key of title and body is empty").as("detail"),
                    lit(Timestamp.from(context.clock().instant())).as("recorded_at")));
        }
        return n;
    }
}
