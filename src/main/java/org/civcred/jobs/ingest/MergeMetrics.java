package org.civcred.jobs.ingest;

import io.delta.tables.DeltaTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Row counts of a table's latest MERGE, from Delta's commit metrics (no extra pass over the data):
 * {@code inserted}, {@code updated}, {@code deleted}.
 */
public final class MergeMetrics {

    private MergeMetrics() {
    }

    /** The latest commit's MERGE counts, prefixed with {@code prefix}; empty when it was not a MERGE. */
    public static Map<String, Long> latest(SparkSession spark, String tablePath, String prefix) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Row last = DeltaTable.forPath(spark, tablePath).history(1).first();
        if (!"MERGE".equals(last.<String>getAs("operation"))) {
            return counts;
        }
        scala.collection.Map<String, String> metrics = last.getAs("operationMetrics");
        put(counts, prefix + "_inserted", metrics, "numTargetRowsInserted");
        put(counts, prefix + "_updated", metrics, "numTargetRowsUpdated");
        put(counts, prefix + "_deleted", metrics, "numTargetRowsDeleted");
        return counts;
    }

    private static void put(Map<String, Long> counts, String name, scala.collection.Map<String, String> metrics,
                            String key) {
        scala.Option<String> value = metrics.get(key);
        if (value.isDefined()) {
            counts.put(name, Long.parseLong(value.get()));
        }
    }
}
