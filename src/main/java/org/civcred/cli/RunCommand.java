package org.civcred.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.Pipeline;
import org.civcred.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one job, or the whole pipeline, on the data directory's WARC files and tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one Spark job or the whole pipeline (all) on <data>; jobs are listed in jobs/pipeline.yaml.",
            "Example: bin/civcred run all --data /tmp/civcred-demo"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "JOB|all", description = "A job name (ingest, extract, dedupe, …) or all.")
    String job;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "Run id recorded in job_runs and every commit (default: run-<time>). Schedulers pass one per logical date.")
    String runId;

    @Option(names = "--full",
            description = "Rebuild every output from all inputs (default: each job reads only what is new since its last successful run).")
    boolean full;

    @Override
    public Integer call() {
        List<Job> jobs = "all".equals(job) ? Pipeline.all() : List.of(Pipeline.byName(job).orElseThrow(() ->
                Errors.usage("No job '" + job + "'", "Jobs: " + Pipeline.names() + ", or all")));
        Settings settings = common.settings();
        Clock clock = Clock.systemUTC();
        SparkSession spark = SparkSessions.create("civcred " + job, settings);
        String id = runId != null ? runId : CrawlIds.fresh("run", clock);
        List<JobResult> results = PipelineRun.run(spark, common.data, settings, id, clock, jobs, full);
        results.forEach(r -> System.out.println(r.job() + ": " + r.counts()));
        System.out.println("run " + id + " done; tables under " + common.data + "/tables");
        return 0;
    }
}
