package org.civcred.cli;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.SparkSessions;
import org.civcred.tables.TableCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one SQL query over every civcred table, each registered under its own name. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the tables with Spark SQL; every table is available by name (captures, documents,"
            + " list_entries, overlap_persons, …).",
            "Example: bin/civcred sql --data /tmp/civcred-demo \"SELECT name, lag_days FROM overlap_persons ORDER BY lag_days\""})
final class SqlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (one object per line). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--max-rows", defaultValue = "100", description = "Rows shown in table format. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SQL query.")
    String query;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        SparkSession spark = SparkSessions.create("civcred sql", settings);
        TableCatalog.registerViews(spark, common.data);
        Dataset<Row> result;
        try {
            result = spark.sql(query);
        } catch (Exception e) {
            // Spark's analysis and parse errors come through undeclared (they are declared in Scala).
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
                throw Errors.usage("The query does not run: " + ae.getSimpleMessage(),
                        "Tables in " + common.data + ": " + TableCatalog.existing(spark, common.data));
            }
            throw e;
        }
        PrintStream out = System.out;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> result.show(maxRows, false);
            case "csv" -> Csv.write(result, out);
            case "json" -> {
                Iterator<String> lines = result.toJSON().toLocalIterator();
                lines.forEachRemaining(out::println);
            }
            default -> throw Errors.usage("Unknown --format '" + format + "'", "Use table, csv or json");
        }
        return 0;
    }
}
