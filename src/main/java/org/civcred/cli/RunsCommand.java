package org.civcred.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.SparkSessions;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists recent job runs from {@code job_runs}: what ran, when, how long, with which result. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List recent job runs (job_runs): job, status, duration, table versions, counts.",
            "Example: bin/civcred runs --data /tmp/civcred-demo --last 20"})
final class RunsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--last", defaultValue = "20", description = "How many runs. Default: ${DEFAULT-VALUE}")
    int last;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.create("civcred runs", common.settings());
        Tables tables = new Tables(spark, common.data);
        if (!tables.exists("job_runs")) {
            System.out.println("No job has run yet in " + common.data + ". Start with: bin/civcred run all --data " + common.data);
            return 0;
        }
        tables.read("job_runs").createOrReplaceTempView("job_runs");
        spark.sql("SELECT run_id, job, status, started_at, duration_ms, input_versions, output_versions, counts, message"
                + " FROM job_runs ORDER BY started_at DESC, job LIMIT " + Math.max(1, last)).show(Math.max(1, last), false);
        return 0;
    }
}
