package org.civcred.research;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.tables.Tables;

/**
 * One pipeline run as job_runs recorded it: the versions its jobs read and wrote. Columns are read
 * by name, so columns added to job_runs later do not disturb it.
 *
 * @param runId    the run id
 * @param outputs  table → highest version any job of the run wrote
 * @param inputs   table → highest version any job of the run read
 * @param ended    when its last job ended
 * @param failed   jobs of the run that failed
 */
record RecordedRun(String runId, Map<String, Long> outputs, Map<String, Long> inputs, Instant ended,
                   List<String> failed) {

    /** The run with that id, or empty when job_runs does not know it. */
    static Optional<RecordedRun> find(SparkSession spark, String dataDir, String runId) {
        Tables tables = new Tables(spark, dataDir);
        if (!tables.exists("job_runs")) {
            return Optional.empty();
        }
        List<Row> rows = tables.read("job_runs").where(functions.col("run_id").equalTo(runId)).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> outputs = new HashMap<>();
        Map<String, Long> inputs = new HashMap<>();
        Instant ended = Instant.EPOCH;
        List<String> failed = new java.util.ArrayList<>();
        for (Row r : rows) {
            keepHighest(outputs, r, "output_versions");
            keepHighest(inputs, r, "input_versions");
            String end = r.isNullAt(r.fieldIndex("ended_at")) ? "started_at" : "ended_at";
            Instant t = r.getTimestamp(r.fieldIndex(end)).toInstant();
            ended = t.isAfter(ended) ? t : ended;
            if ("failed".equals(r.getString(r.fieldIndex("status")))) {
                failed.add(r.getString(r.fieldIndex("job")));
            }
        }
        return Optional.of(new RecordedRun(runId, Map.copyOf(outputs), Map.copyOf(inputs), ended, List.copyOf(failed)));
    }

    /** The most recent run ids, newest first, for messages. */
    static List<String> recentIds(SparkSession spark, String dataDir, int limit) {
        Tables tables = new Tables(spark, dataDir);
        if (!tables.exists("job_runs")) {
            return List.of();
        }
        return tables.read("job_runs").groupBy("run_id").agg(functions.max("started_at").as("t"))
                .orderBy(functions.col("t").desc()).limit(limit).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    private static void keepHighest(Map<String, Long> into, Row r, String column) {
        int i = r.fieldIndex(column);
        if (r.isNullAt(i)) {
            return;
        }
        Map<String, Long> versions = r.getJavaMap(i);
        versions.forEach((table, v) -> into.merge(table, v, Math::max));
    }
}
