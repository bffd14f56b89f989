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
import org.civcred.tables.TableSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs in order under one run id, labels their Spark work with a job group, and records each
 * run in {@code job_runs} with the versions of the tables it read and wrote. A failing job is
 * recorded as failed and stops the run with a one-line reason.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobContext context;
    private final QualityGate quality;

    public JobRunner(JobContext context) {
        this.context = context;
        this.quality = QualityGate.forContext(context);
    }

    public List<JobResult> run(List<Job> jobs) {
        return jobs.stream().map(this::runOne).toList();
    }

    private JobResult runOne(Job job) {
        Instant start = context.clock().instant();
        Map<String, Long> inputs = versions(job.inputs());
        context.spark().sparkContext().setJobGroup(job.name(), "civcred " + job.name() + " (" + context.runId() + ")", false);
        try {
            // Data quality: gold rows are checked before their merge, the other outputs after the job (org.civcred.quality).
            JobCheck check = quality.begin(job);
            JobResult result = job.run(check.context());
            check.finish();
            record(job, start, "succeeded", inputs, versions(job.outputs()), result.counts(), null);
            LOG.info("{}: {} in {} ms", job.name(), result.counts(), Duration.between(start, context.clock().instant()).toMillis());
            return result;
        } catch (RuntimeException e) {
            String reason = e instanceof CivcredException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            record(job, start, "failed", inputs, versions(job.outputs()), Map.of(), firstLine(reason));
            if (e instanceof CivcredException ce) {
                throw ce;
            }
            throw Errors.jobFailed(job.name(), firstLine(reason), e);
        } finally {
            context.spark().sparkContext().clearJobGroup();
        }
    }

    private Map<String, Long> versions(List<String> tables) {
        Map<String, Long> v = new LinkedHashMap<>();
        for (String t : tables) {
            OptionalLong version = context.tables().version(t);
            version.ifPresent(x -> v.put(t, x));
        }
        return v;
    }

    private void record(Job job, Instant start, String status, Map<String, Long> in, Map<String, Long> out,
                        Map<String, Long> counts, String message) {
        Instant end = context.clock().instant();
        Row row = RowFactory.create(context.runId(), job.name(), Timestamp.from(start), Timestamp.from(end),
                Duration.between(start, end).toMillis(), status, scala(in), scala(out), scala(counts), message);
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
