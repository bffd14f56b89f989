package org.civcred.cli;

import java.time.Clock;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.JobRunner;

/** Runs jobs under one run id and context; shared by run, import-warc and demo. */
final class PipelineRun {

    private PipelineRun() {
    }

    static List<JobResult> run(SparkSession spark, String dataDir, Settings settings, String runId, Clock clock,
                               List<Job> jobs) {
        return run(spark, dataDir, settings, runId, clock, jobs, false);
    }

    /** @param full rebuild every output from all inputs instead of reading only what is new */
    static List<JobResult> run(SparkSession spark, String dataDir, Settings settings, String runId, Clock clock,
                               List<Job> jobs, boolean full) {
        return new JobRunner(JobContext.of(spark, dataDir, settings, runId, clock), full).run(jobs);
    }
}
