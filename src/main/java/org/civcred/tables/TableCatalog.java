package org.civcred.tables;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Every table civcred writes, in pipeline order, and their registration as SQL views by name. */
public final class TableCatalog {

    /** Bronze, silver, gold and operations tables. */
    public static final List<String> ALL = List.of("captures", "documents", "list_entries", "doc_signatures",
            "doc_clusters", "entities", "overlap_persons", "overlap_articles", "overlap_terms", "cross_mentions",
            "overlap_cities", "job_runs", "quarantine", "ingest_files", "dq_results");

    /** The gold tables researchers and dashboards read. */
    public static final List<String> GOLD = List.of("overlap_persons", "overlap_articles", "overlap_terms",
            "cross_mentions", "overlap_cities");

    private TableCatalog() {
    }

    /** Registers each existing table as a temporary view named after it. */
    public static void registerViews(SparkSession spark, String dataDir) {
        Tables tables = new Tables(spark, dataDir);
        for (String t : ALL) {
            if (tables.exists(t)) {
                tables.read(t).createOrReplaceTempView(t);
            }
        }
    }

    public static List<String> existing(SparkSession spark, String dataDir) {
        Tables tables = new Tables(spark, dataDir);
        return ALL.stream().filter(tables::exists).toList();
    }
}
