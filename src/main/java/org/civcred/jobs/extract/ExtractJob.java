package org.civcred.jobs.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.ingest.MergeMetrics;
import org.civcred.jobs.ingest.ProfileRegistry;
import org.civcred.jobs.ingest.QuarantineWriter;
import org.civcred.site.HtmlLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code extract}: captures → silver {@code documents} and {@code list_entries}.
 *
 * <p>Input: {@code captures}. {@link PageSelection} picks one capture per distinct URL and payload
 * (revisits stand for the response they refer to). Each partition loads the site profiles once and
 * runs the crawler's own extractors on each page ({@code SiteRegistry.extract}); the family comes
 * from the host map or, for hosts it does not cover, from the page's framing
 * ({@link FamilyClassifier}). {@link DocumentMapper} writes the document and
 * {@link ListEntryMapper} the people and organisations listed on it.
 *
 * <p>Output: {@code documents} (key {@code doc_id}) and {@code list_entries} (key {@code entry_id}).
 * Incremental runs read the captures added since the last successful run (Change Data Feed) and
 * re-extract the URLs they touch, choosing among all captures of those URLs, and MERGE the result;
 * a full run rebuilds both tables from all captures, deleting rows the captures no longer give. A
 * rerun changes no row either way. Unusable captures go to {@code quarantine} (stage {@code extract},
 * reasons in {@link CaptureExtraction}). The id-hash key is resolved on the driver ({@link IdHashKey}).
 */
public final class ExtractJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public List<String> inputs() {
        return List.of("captures");
    }

    @Override
    public List<String> outputs() {
        return List.of("documents", "list_entries", "quarantine");
    }

    @Override
    public JobResult run(JobContext context) {
        byte[] key = IdHashKey.resolve(context.settings(), context.dataDir());
        Timestamp now = Timestamp.from(context.clock().instant());
        Dataset<Row> captures = context.input("captures");
        Optional<Dataset<Row>> changed = context.changes("captures");
        Dataset<Row> pages = changed.map(c -> PageSelection.pages(captures, c)).orElseGet(() -> PageSelection.pages(captures));
        HtmlLimits limits = HtmlLimits.from(context.settings());
        Dataset<Row> out = extract(pages, key, context.runId(), now, limits).persist(StorageLevel.MEMORY_AND_DISK());
        boolean rebuild = changed.isEmpty();
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            Row tally = out.agg(
                    sum(when(col("kind").equalTo(ExtractRows.DOCUMENT), 1).otherwise(0)),
                    sum(when(col("kind").equalTo(ExtractRows.ENTRY), 1).otherwise(0)),
                    sum(when(col("kind").equalTo(ExtractRows.PROBLEM), 1).otherwise(0))).first();
            counts.put("documents", tally.isNullAt(0) ? 0L : tally.getLong(0));
            counts.put("list_entries", tally.isNullAt(1) ? 0L : tally.getLong(1));
            counts.put("quarantined", tally.isNullAt(2) ? 0L : tally.getLong(2));
            context.tables().merge("documents", documents(out), context.runId(), rebuild);
            counts.putAll(MergeMetrics.latest(context.spark(), context.tables().path("documents"), "documents"));
            context.tables().merge("list_entries", entries(out), context.runId(), rebuild);
            counts.putAll(MergeMetrics.latest(context.spark(), context.tables().path("list_entries"), "list_entries"));
            counts.put("quarantined_new", QuarantineWriter.addNew(context,
                    out.filter(col("kind").equalTo(ExtractRows.PROBLEM)).select("problem.*")));
        } finally {
            out.unpersist();
        }
        LOG.info("extract: {}", counts);
        return new JobResult(name(), counts);
    }

    /**
     * Runs the extractors over selected pages ({@link PageSelection#pages}); rows of
     * {@link ExtractRows#schema()}. The site profiles are loaded once per executor JVM.
     */
    public static Dataset<Row> extract(Dataset<Row> pages, byte[] idHashKey, String runId, Timestamp recordedAt) {
        return extract(pages, idHashKey, runId, recordedAt, HtmlLimits.DEFAULTS);
    }

    /** The same within the given limits on each page's markup. */
    public static Dataset<Row> extract(Dataset<Row> pages, byte[] idHashKey, String runId, Timestamp recordedAt,
                                       HtmlLimits limits) {
        MapPartitionsFunction<Row, Row> perPartition = rows -> new FlatIterator(rows,
                new CaptureExtraction(ProfileRegistry.get(), idHashKey, runId, recordedAt, limits));
        return pages.mapPartitions(perPartition, Encoders.row(ExtractRows.schema()));
    }

    /** The document rows, in the shape of {@code schemas/documents.json}. */
    public static Dataset<Row> documents(Dataset<Row> extracted) {
        return extracted.filter(col("kind").equalTo(ExtractRows.DOCUMENT)).select("document.*");
    }

    /** The list entries, one per entry id (the first by capture and document when two pages give the same entry). */
    public static Dataset<Row> entries(Dataset<Row> extracted) {
        return extracted.filter(col("kind").equalTo(ExtractRows.ENTRY)).select("entry.*")
                .withColumn("_rank", row_number().over(Window.partitionBy("entry_id")
                        .orderBy(col("capture_id"), col("doc_id"))))
                .filter(col("_rank").equalTo(lit(1))).drop("_rank");
    }

    /** Flattens the per-capture row lists lazily, so a partition is never held in memory. */
    private static final class FlatIterator implements java.util.Iterator<Row> {
        private final java.util.Iterator<Row> input;
        private final CaptureExtraction extraction;
        private java.util.Iterator<Row> current = java.util.Collections.emptyIterator();

        FlatIterator(java.util.Iterator<Row> input, CaptureExtraction extraction) {
            this.input = input;
            this.extraction = extraction;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && input.hasNext()) {
                current = extraction.run(input.next()).iterator();
            }
            return current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }
}
