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
