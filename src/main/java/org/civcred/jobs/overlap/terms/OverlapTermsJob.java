package org.civcred.jobs.overlap.terms;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.dedupe.TextDocuments;
import org.civcred.jobs.overlap.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared vocabulary over time and space ({@code documents} → {@code overlap_terms}): for each
 * family, publication month, province and term, how many documents use the term, out of how many
 * documents in that cell.
 *
 * <p>Counted: prose pages (as in {@code cross-mentions}) with a family and a publication date;
 * undated pages cannot be placed in a month and are left out. A document counts once per term
 * however often it repeats it, and documents are counted by distinct URL, so a page re-captured
 * with small changes is one document. Province: the first two digits of the document's region
 * code, {@code 000000} when it has none (national sites). Only cells where the term occurs have
 * rows. The term list is small and travels with the task; its version is in every row. Each row
 * lists the archived pages it counted ({@link Sources}). Incremental runs count again only the
 * cells that changed documents fall in; a full run rebuilds the table.
 */
public final class OverlapTermsJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(OverlapTermsJob.class);
    private static final String[] CELL = {"family", "month", "province_code"};
    private static final StructType HITS = new StructType()
            .add("family", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("province_code", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, false)
            .add("capture_id", DataTypes.StringType, true)
            .add("term", DataTypes.StringType, false)
            .add("term_group", DataTypes.StringType, false);

    private final Vocabulary vocabulary;

    /** With the shipped term list. */
    public OverlapTermsJob() {
        this(Vocabulary.standard());
    }

    public OverlapTermsJob(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return "overlap-terms";
    }

    @Override
    public List<String> inputs() {
        return List.of("documents");
    }

    @Override
    public List<String> outputs() {
        return List.of("overlap_terms");
    }

    @Override
    public JobResult run(JobContext context) {
        String skip = DedupeSettings.from(context.settings()).skipPageTypes();
        int cap = context.settings().integer(Sources.CAP_SETTING);
        Dataset<Row> documents = context.input("documents");
        Optional<Dataset<Row>> touched = context.touched("documents");
        Map<String, Long> counts = new LinkedHashMap<>();
        if (touched.isPresent()) {
            // Only the cells (family, month, province) the changed documents fall in are counted again, over
            // all of their documents; every other cell keeps its rows.
            Dataset<Row> cells = placed(touched.get(), skip).select(CELL[0], CELL[1], CELL[2]).distinct();
            Dataset<Row> inCells = placed(documents, skip).join(cells, scala.jdk.javaapi.CollectionConverters
                    .asScala(List.of(CELL)).toSeq(), "left_semi");
            Dataset<Row> rows = fromPlaced(inCells, documents, vocabulary, cap, context.runId()).localCheckpoint();
            context.tables().replaceWithin("overlap_terms", rows, cells, context.runId());
            counts.put("cells_recounted", cells.count());
            counts.put("rows_written", rows.count());
        } else {
            Dataset<Row> rows = rows(documents, skip, vocabulary, cap, context.runId()).localCheckpoint();
            context.tables().merge("overlap_terms", rows, context.runId(), true);
            counts.put("rows_written", rows.count());
        }
        LOG.info("overlap-terms: {} (term list {})", counts, vocabulary.version());
        return new JobResult(name(), counts);
    }

    /** The transform: rows in the columns of {@code schemas/overlap_terms.json}. */
    public static Dataset<Row> rows(Dataset<Row> documents, String skipPageTypes, Vocabulary vocabulary, int sourcesCap,
                                    String runId) {
        return fromPlaced(placed(documents, skipPageTypes), documents, vocabulary, sourcesCap, runId);
    }

    /** Countable documents with their cell: {@code family, month, province_code, url, capture_id, title, body_text}. */
    static Dataset<Row> placed(Dataset<Row> documents, String skipPageTypes) {
        return documents
                .where(TextDocuments.isProse(skipPageTypes).and(col("family").isNotNull())
                        .and(col("published_date").isNotNull()).and(col("char_count").gt(0)))
                .select(col("family"), date_format(col("published_date"), "yyyy-MM").as("month"),
                        coalesce(when(col("region_code").rlike("^[0-9]{6}$"),
                                concat(substring(col("region_code"), 1, 2), lit("0000"))), lit("000000")).as("province_code"),
                        col("url"), col("capture_id"), col("title"), col("body_text"));
    }

    private static Dataset<Row> fromPlaced(Dataset<Row> placed, Dataset<Row> documents, Vocabulary vocabulary,
                                           int sourcesCap, String runId) {
        Dataset<Row> cells = placed.groupBy("family", "month", "province_code")
                .agg(countDistinct("url").as("docs_in_cell"));
        // One pass over the texts: the counts and the capture ids travel in the same aggregation, and
        // the sources are built from its (shared) result rather than by scanning the texts again.
        Dataset<Row> hits = placed.flatMap(terms(vocabulary), Encoders.row(HITS))
                .groupBy("family", "month", "province_code", "term", "term_group")
                .agg(countDistinct("url").as("doc_count"),
                        slice(array_sort(collect_set("capture_id")), 1, sourcesCap).as("capture_ids"));
        List<String> keys = List.of("family", "month", "province_code", "term");
        Dataset<Row> evidence = hits.select(col("family"), col("month"), col("province_code"), col("term"),
                explode(col("capture_ids")).as("capture_id"));
        Dataset<Row> sources = Sources.of(evidence, keys, documents, sourcesCap);
        Dataset<Row> rows = hits.join(cells, new String[] {"family", "month", "province_code"})
                .select(col("family"), col("month"), col("province_code"), col("term"), col("term_group"),
                        col("doc_count"), col("docs_in_cell"),
                        col("doc_count").cast("double").divide(col("docs_in_cell")).as("share"),
                        lit(vocabulary.version()).as("term_list_version"), lit(runId).as("run_id"));
        return Sources.attach(rows, sources, keys);
    }

    private static FlatMapFunction<Row, Row> terms(Vocabulary vocabulary) {
        return r -> {
            List<Row> out = new ArrayList<>();
            for (Vocabulary.Term t : vocabulary.foundIn(r.getString(5), r.getString(6))) {
                out.add(RowFactory.create(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        t.term(), t.group()));
            }
            return out.iterator();
        };
    }
}
