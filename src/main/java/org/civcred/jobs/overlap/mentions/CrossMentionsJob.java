package org.civcred.jobs.overlap.mentions;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.dedupe.TextDocuments;
import org.civcred.tables.TableSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents of one family naming the other programme ({@code documents} → {@code cross_mentions}).
 *
 * <p>Scanned: prose pages (articles, stories, releases, details: the page types
 * {@code dedupe.skip-page-types} does not exclude) with a known family and some body text; list
 * pages and API rows are not scanned, because a list of headlines would report each article's
 * phrase a second time under the list's URL. One row per (document, phrase), keyed
 * {@code doc_id|phrase}. The phrase list ({@code terms/cross-mentions.tsv}) is small and travels
 * with the task. Incremental runs scan only the documents changed since the last successful run
 * and replace their mentions; a full run rebuilds the table. A second run changes nothing.
 */
public final class CrossMentionsJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(CrossMentionsJob.class);

    private final CrossMentionPhrases phrases;

    /** With the shipped phrase list. */
    public CrossMentionsJob() {
        this(CrossMentionPhrases.standard());
    }

    public CrossMentionsJob(CrossMentionPhrases phrases) {
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "cross-mentions";
    }

    @Override
    public List<String> inputs() {
        return List.of("documents");
    }

    @Override
    public List<String> outputs() {
        return List.of("cross_mentions");
    }

    @Override
    public JobResult run(JobContext context) {
        String skip = DedupeSettings.from(context.settings()).skipPageTypes();
        Optional<Dataset<Row>> changed = context.changes("documents");
        Dataset<Row> rows = rows(changed.orElseGet(() -> context.input("documents")), skip, phrases, context.runId())
                .localCheckpoint();
        if (changed.isPresent()) {
            // Only the documents that changed: their mentions replace whatever they had before.
            context.tables().replaceWithin("cross_mentions", rows,
                    context.touched("documents").orElseThrow().select("doc_id"), context.runId());
        } else {
            context.tables().merge("cross_mentions", rows, context.runId(), true);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("mentions", rows.count());
        counts.put("documents", rows.select("doc_id").distinct().count());
        LOG.info("cross-mentions: {} mentions on {} documents (phrase list {})", counts.get("mentions"),
                counts.get("documents"), phrases.version());
        return new JobResult(name(), counts);
    }

    /** The transform: rows in the columns of {@code schemas/cross_mentions.json}. */
    public static Dataset<Row> rows(Dataset<Row> documents, String skipPageTypes, CrossMentionPhrases phrases, String runId) {
        return documents.where(TextDocuments.isProse(skipPageTypes).and(col("family").isNotNull())
                        .and(col("char_count").gt(0)))
                .select("doc_id", "url", "family", "title", "body_text", "published_date", "region_code", "capture_id",
                        "warc_file", "warc_offset")
                .flatMap(scan(phrases, runId), Encoders.row(TableSchema.load("cross_mentions").structType()));
    }

    private static FlatMapFunction<Row, Row> scan(CrossMentionPhrases phrases, String runId) {
        return r -> {
            String docId = r.getString(0);
            List<Row> out = new ArrayList<>();
            for (CrossMentionPhrases.Match m : phrases.scan(r.getString(2), r.getString(3), r.getString(4))) {
                out.add(RowFactory.create(docId + "|" + m.phrase(), docId, r.getString(1), r.getString(2), m.program(),
                        m.phrase(), m.snippet(), r.get(5), r.getString(6), r.getString(7), r.getString(8), r.get(9), runId));
            }
            return out.iterator();
        };
    }
}
