package org.civcred.cli;

import static org.apache.spark.sql.functions.col;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.SparkSessions;
import org.civcred.quality.DqResults;
import org.civcred.quality.QualityGate;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shows the data-quality results of a run (dq_results), or evaluates every expectation now. */
@Command(name = "dq", mixinStandardHelpOptions = true,
        description = {"Show data-quality results (dq_results) of the latest run or of --run: per table and expectation,"
                + " the observed value, the threshold and whether it passed. Expectations: src/main/resources/expectations/.",
            "Example: bin/civcred dq --data /tmp/civcred-demo --failed"})
final class DqCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "Results of this run (default: the latest run with results).")
    String run;

    @Option(names = "--evaluate",
            description = "First evaluate every table's expectations on its latest version, recorded under a new run id dq-<time>.")
    boolean evaluate;

    @Option(names = "--failed", description = "Show only the expectations that failed.")
    boolean failedOnly;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        SparkSession spark = SparkSessions.create("civcred dq", settings);
        Tables tables = new Tables(spark, common.data);
        if (evaluate) {
            Clock clock = Clock.systemUTC();
            run = CrawlIds.fresh("dq", clock);
            QualityGate.forContext(JobContext.of(spark, common.data, settings, run, clock)).evaluateAll();
        }
        if (!tables.exists(DqResults.TABLE)) {
            System.out.println("No data-quality results yet in " + common.data
                    + ". They are written by every run (bin/civcred run all) or by bin/civcred dq --evaluate.");
            return 0;
        }
        Dataset<Row> results = tables.read(DqResults.TABLE);
        String shown = run != null ? run : results.orderBy(col("evaluated_at").desc()).select("run_id").first().getString(0);
        Dataset<Row> ofRun = results.where(col("run_id").equalTo(shown));
        List<Row> counts = ofRun.groupBy().agg(org.apache.spark.sql.functions.count("*"),
                org.apache.spark.sql.functions.count_if(col("passed").equalTo(false)),
                org.apache.spark.sql.functions.count_if(col("passed").equalTo(false).and(col("severity").equalTo("hard"))))
                .collectAsList();
        long total = counts.get(0).getLong(0);
        if (total == 0) {
            throw Errors.usage("No data-quality results for run '" + shown + "'",
                    "List the runs with: bin/civcred sql --data " + common.data + " \"SELECT DISTINCT run_id FROM dq_results\"");
        }
        Dataset<Row> table = (failedOnly ? ofRun.where(col("passed").equalTo(false)) : ofRun)
                .selectExpr("`table`", "expectation", "severity", "kind", "round(observed, 4) AS observed", "threshold",
                        "passed", "table_version AS version", "job", "substring(detail, 1, 90) AS detail")
                .orderBy(col("passed"), col("table"), col("expectation"));
        TableOutput.show(table, Integer.MAX_VALUE);
        System.out.println("run " + shown + ": " + total + " expectations, " + counts.get(0).getLong(1) + " failed ("
                + counts.get(0).getLong(2) + " hard)");
        return 0;
    }
}
