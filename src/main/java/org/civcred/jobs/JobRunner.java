package org.civcred.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civcred.config.CivcredException;
import org.civcred.config.Errors;
import org.civcred.quality.JobCheck;
import org.civcred.quality.QualityGate;
import org.civcred.tables.Compaction;
import org.civcred.tables.TableSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs in order under one run id, labels their Spark work with a job group, and records each
 * run in {@code job_runs} with the versions of the tables it read and wrote. A failing job is
 * recorded as failed and stops the run with a one-line reason.
 *
 * <p>Incremental by default: each job is told (through its {@link Increment}) the input versions
 * its last successful run read, and reads only what came after; a job none of whose input rows
 * changed since then (commits that changed no row do not count: {@link JobHistory#dataChanged}) is
 * not run and is recorded as {@code skipped}. A full run ({@code --full})
 * rebuilds every output from all of its inputs.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobContext context;
    private final boolean full;
    private final JobHistory history;
    private final QualityGate quality;
    private final Compaction compaction;

    /** An incremental runner. */
    public JobRunner(JobContext context) {
        this(context, false);
    }

    /** @param full rebuild every output from all inputs instead of reading only what is new */
    public JobRunner(JobContext context, boolean full) {
        this.context = context;
        this.full = full;
        this.history = new JobHistory(context.tables());
        this.quality = QualityGate.forContext(context);
        this.compaction = new Compaction(context.tables(), context.settings());
    }

    public List<JobResult> run(List<Job> jobs) {
        List<JobResult> results = jobs.stream().map(this::runOne).toList();
        // The logs gain a few rows per job and run: they fragment fastest of all.
        List.of("job_runs", "dq_results").forEach(t -> compaction.compactIfFragmented(t, context.runId()));
        return results;
    }

    private JobResult runOne(Job job) {
        Instant start = context.clock().instant();
        Map<String, Long> inputs = versions(job.inputs());
        Increment increment = increment(job, inputs);
        if (nothingNew(increment) && job.outputs().stream().allMatch(context.tables()::exists)) {
            String why = "no input row changed since the last successful run";
            record(job, start, "skipped", increment, versions(job.outputs()), Map.of(), why);
            LOG.info("{}: skipped, {}", job.name(), why);
            return new JobResult(job.name(), Map.of("skipped", 1L));
        }
        context.spark().sparkContext().setJobGroup(job.name(), "civcred " + job.name() + " (" + context.runId() + ")", false);
        try {
            // Data quality: gold rows are checked before their merge, the other outputs after the job (org.civcred.quality).
            JobCheck check = quality.begin(job);
            JobResult result = job.run(check.context().withIncrement(increment));
            check.finish();
            Map<String, Long> counts = new java.util.TreeMap<>(result.counts());
            counts.putAll(compactOutputs(job));
            record(job, start, "succeeded", increment, versions(job.outputs()), counts, null);
            LOG.info("{}: {} in {} ms", job.name(), result.counts(), Duration.between(start, context.clock().instant()).toMillis());
            return result;
        } catch (RuntimeException e) {
            String reason = e instanceof CivcredException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            record(job, start, "failed", increment, versions(job.outputs()), Map.of(), firstLine(reason));
            if (e instanceof CivcredException ce) {
                throw ce;
            }
            throw Errors.jobFailed(job.name(), firstLine(reason), e);
        } finally {
            context.spark().sparkContext().clearJobGroup();
        }
    }

    /** Compacts each output the small-file policy finds fragmented; counts the files each OPTIMIZE replaced. */
    private Map<String, Long> compactOutputs(Job job) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : job.outputs()) {
            compaction.compactIfFragmented(table, context.runId())
                    .ifPresent(o -> counts.put("compacted_files_" + table, o.filesRemoved()));
        }
        return counts;
    }

    /** Whether every input is at the version last read, or has only commits that changed no row since. */
    private boolean nothingNew(Increment increment) {
        if (increment.full() || increment.to().isEmpty() || !increment.from().keySet().equals(increment.to().keySet())) {
            return false;
        }
        return increment.to().entrySet().stream()
                .noneMatch(e -> history.dataChanged(e.getKey(), increment.from().get(e.getKey()), e.getValue()));
    }

    /** Full when asked, or when the job has never succeeded here; otherwise from its last good run's versions. */
    private Increment increment(Job job, Map<String, Long> inputs) {
        if (full) {
            return Increment.full(inputs);
        }
        return history.lastSuccess(job.name()).map(last -> Increment.since(last.inputVersions(), inputs))
                .orElseGet(() -> Increment.full(inputs));
    }

    private Map<String, Long> versions(List<String> tables) {
        Map<String, Long> v = new LinkedHashMap<>();
        for (String t : tables) {
            OptionalLong version = context.tables().version(t);
            version.ifPresent(x -> v.put(t, x));
        }
        return v;
    }

    private void record(Job job, Instant start, String status, Increment increment, Map<String, Long> out,
                        Map<String, Long> counts, String message) {
        Instant end = context.clock().instant();
        String mode = increment.full() ? "full" : "incremental";
        Row row = RowFactory.create(context.runId(), job.name(), Timestamp.from(start), Timestamp.from(end),
                Duration.between(start, end).toMillis(), status, mode, scala(increment.to()), scala(increment.from()),
                scala(out), scala(counts), message);
        context.tables().append("job_runs",
                context.spark().createDataFrame(List.of(row), TableSchema.load("job_runs").structType()), context.runId());
    }

    private static scala.collection.immutable.Map<String, Long> scala(Map<String, Long> m) {
        return scala.collection.immutable.Map.from(scala.jdk.javaapi.CollectionConverters.asScala(m));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
