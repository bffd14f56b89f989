package org.civcred.jobs;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.civcred.tables.Tables;

/**
 * Reads {@code job_runs} for what a job processed last: the input versions of its latest
 * successful (or skipped, which read the same) run. That is the watermark of an incremental run.
 */
public final class JobHistory {

    /** The latest good run of a job: its run id and the input versions it had read. */
    public record LastRun(String runId, Map<String, Long> inputVersions) {
    }

    private final Tables tables;

    public JobHistory(Tables tables) {
        this.tables = tables;
    }

    /**
     * Whether any commit after version {@code after} up to {@code upTo} changed the table's rows. A
     * MERGE that matched nothing to insert, update or delete (an idempotent rerun upstream) and
     * commits that only change metadata or file layout do not count, so they do not wake the jobs
     * downstream.
     */
    public boolean dataChanged(String table, long after, long upTo) {
        if (upTo <= after) {
            return false;
        }
        List<Row> commits = io.delta.tables.DeltaTable.forPath(tables.spark(), tables.path(table)).history()
                .where(col("version").gt(after).and(col("version").leq(upTo)))
                .select("operation", "operationMetrics").collectAsList();
        if (commits.size() < upTo - after) {
            return true; // part of the log is gone (cleaned up): assume the worst
        }
        return commits.stream().anyMatch(JobHistory::changesRows);
    }

    private static boolean changesRows(Row commit) {
        String operation = commit.getString(0);
        if (List.of("ADD CONSTRAINT", "SET TBLPROPERTIES", "OPTIMIZE", "VACUUM START", "VACUUM END").contains(operation)) {
            return false;
        }
        if (!"MERGE".equals(operation) || commit.isNullAt(1)) {
            return true;
        }
        java.util.Map<String, String> metrics = scala.jdk.javaapi.CollectionConverters.asJava(
                commit.<String, String>getMap(1));
        for (String key : List.of("numTargetRowsInserted", "numTargetRowsUpdated", "numTargetRowsDeleted")) {
            String value = metrics.get(key);
            if (value == null || Long.parseLong(value) != 0) {
                return true;
            }
        }
        return false;
    }

    public Optional<LastRun> lastSuccess(String job) {
        if (!tables.exists("job_runs")) {
            return Optional.empty();
        }
        List<Row> rows = tables.read("job_runs")
                .where(col("job").equalTo(job).and(col("status").isin("succeeded", "skipped")))
                .orderBy(col("ended_at").desc(), col("run_id").desc())
                .select("run_id", "input_versions").limit(1).collectAsList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row r = rows.get(0);
        Map<String, Long> versions = new HashMap<>();
        if (!r.isNullAt(1)) {
            scala.collection.Map<String, Object> m = r.getMap(1);
            scala.jdk.javaapi.CollectionConverters.asJava(m).forEach((k, v) -> versions.put(k, ((Number) v).longValue()));
        }
        return Optional.of(new LastRun(r.getString(0), versions));
    }
}
