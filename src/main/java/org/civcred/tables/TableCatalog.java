package org.civcred.tables;

import java.util.List;
import java.util.Map;
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

    /**
     * Registers each table of {@code versions} as a view of that Delta version (time travel), and
     * drops the view of every other catalog table, so a query cannot silently read a table that
     * did not exist at the chosen point.
     */
    public static void registerViews(SparkSession spark, String dataDir, Map<String, Long> versions) {
        Tables tables = new Tables(spark, dataDir);
        for (String t : ALL) {
            Long version = versions.get(t);
            if (version == null) {
                spark.catalog().dropTempView(t);
            } else {
                spark.read().format("delta").option("versionAsOf", version).load(tables.path(t))
                        .createOrReplaceTempView(t);
            }
        }
    }

    public static List<String> existing(SparkSession spark, String dataDir) {
        Tables tables = new Tables(spark, dataDir);
        return ALL.stream().filter(tables::exists).toList();
    }
}
