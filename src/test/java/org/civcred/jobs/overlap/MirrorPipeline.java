package org.civcred.jobs.overlap;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.dedupe.Clusters;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.dedupe.Signatures;
import org.civcred.jobs.dedupe.TextDocuments;
import org.civcred.jobs.overlap.articles.OverlapArticlesJob;
import org.civcred.jobs.overlap.cities.OverlapCitiesJob;
import org.civcred.jobs.overlap.mentions.CrossMentionPhrases;
import org.civcred.jobs.overlap.mentions.CrossMentionsJob;
import org.civcred.jobs.overlap.terms.OverlapTermsJob;
import org.civcred.jobs.overlap.terms.Vocabulary;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;

/**
 * The document-side transforms run once per test JVM over the mirror's documents, in memory: the
 * dedupe signatures and clusters, overlap_articles, cross_mentions, overlap_terms and
 * overlap_cities (over {@link MirrorListEntries}; overlap_persons is not built here). The jobs'
 * Delta reads and writes are the same for every input and are tested on small tables; here the
 * transforms meet the mirror's ground truth.
 */
public final class MirrorPipeline {

    private final Map<String, Dataset<Row>> tables;

    private MirrorPipeline(Map<String, Dataset<Row>> tables) {
        this.tables = Map.copyOf(tables);
    }

    private static final class Holder {
        static final MirrorPipeline INSTANCE = start();
    }

    public static MirrorPipeline get() {
        return Holder.INSTANCE;
    }

    /** One of documents, doc_signatures, doc_clusters, overlap_articles, cross_mentions, overlap_terms, overlap_cities. */
    public Dataset<Row> table(String name) {
        return tables.get(name);
    }

    private static MirrorPipeline start() {
        SparkSession spark = SharedSpark.get();
        String run = "mirror-run";
        DedupeSettings s = DedupeSettings.from(Settings.defaults());
        Dataset<Row> documents = MirrorDocuments.frame(spark).cache();
        Dataset<Row> eligible = TextDocuments.select(documents, s.minChars(), s.skipPageTypes()).cache();
        Dataset<Row> signatures = Signatures.update(eligible, spark.createDataFrame(List.of(), Signatures.schema()), s, run)
                .localCheckpoint();
        Dataset<Row> clusters = Clusters.build(signatures, eligible, s, run).rows();
        Dataset<Row> mentions = CrossMentionsJob.rows(documents, s.skipPageTypes(), CrossMentionPhrases.standard(), run)
                .localCheckpoint();
        Dataset<Row> persons = spark.createDataFrame(List.of(), TableSchema.load("overlap_persons").structType());
        return new MirrorPipeline(Map.of(
                "documents", documents,
                "doc_signatures", signatures,
                "doc_clusters", clusters,
                "overlap_articles", OverlapArticlesJob.rows(documents, clusters, s.shingleSize(),
                        Settings.defaults().integer("overlap.articles.max-gap-days"), run).localCheckpoint(),
                "cross_mentions", mentions,
                "overlap_terms", OverlapTermsJob.rows(documents, s.skipPageTypes(), Vocabulary.standard(), 100, run).localCheckpoint(),
                "overlap_cities", OverlapCitiesJob.rows(documents, MirrorListEntries.frame(spark), mentions, persons, 100, run)
                        .localCheckpoint()));
    }
}
