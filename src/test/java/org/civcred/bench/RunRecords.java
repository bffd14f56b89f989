package org.civcred.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelTables;

/** The job runs a benchmark's child JVMs recorded in {@code job_runs}, oldest first: one phase per job. */
final class RunRecords {

    /** One job run as recorded. */
    record JobRun(String runId, String job, String status, long durationMs, Instant startedAt) {
    }

    private RunRecords() {
    }

    static List<JobRun> read(String dataDir) {
        KernelTables tables = new KernelTables(dataDir, new Configuration());
        if (tables.version("job_runs").isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = tables.read("job_runs",
                List.of("run_id", "job", "status", "duration_ms", "started_at"), Integer.MAX_VALUE).rows();
        return rows.stream()
                .map(r -> new JobRun((String) r.get("run_id"), (String) r.get("job"), (String) r.get("status"),
                        ((Number) r.get("duration_ms")).longValue(), (Instant) r.get("started_at")))
                .sorted(Comparator.comparing(JobRun::startedAt))
                .toList();
    }
}
