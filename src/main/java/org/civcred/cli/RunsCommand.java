package org.civcred.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.jobs.SparkSessions;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists recent job runs from {@code job_runs}: what ran, when, how long, with which result. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List recent job runs (job_runs): job, status, duration, table versions read and written, counts.",
            "A run id shown here reproduces its tables: bin/civcred sql --as-of RUN_ID \"…\".",
            "Example: bin/civcred runs --data /tmp/civcred-demo --last 20"})
final class RunsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--last", defaultValue = "20", description = "How many runs. Default: ${DEFAULT-VALUE}")
    int last;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "Only the jobs of this run.")
    String run;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.create("civcred runs", common.settings());
        Tables tables = new Tables(spark, common.data);
        if (!tables.exists("job_runs")) {
            System.out.println("No job has run yet in " + common.data + ". Start with: bin/civcred run all --data " + common.data);
            return 0;
        }
        Dataset<Row> runs = tables.read("job_runs");
        if (run != null) {
            runs = runs.where(functions.col("run_id").equalTo(run));
        }
        // Named columns only: job_runs may gain columns, and these are the ones a reader needs first.
        int shown = Math.max(1, last);
        // mode and read_from_versions came later: older data directories may lack them.
        List<String> have = List.of(runs.columns());
        TableOutput.show(runs.select(Stream.of("run_id", "job", "status", "mode", "started_at", "duration_ms", "read_from_versions",
                                "input_versions", "output_versions", "counts", "message")
                        .filter(have::contains).map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .orderBy(functions.col("started_at").desc(), functions.col("job")), shown);
        return 0;
    }
}
