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
import org.civcred.research.PinnedTables;
import org.civcred.research.VersionResolver;
import org.civcred.tables.TableCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one SQL query over every civcred table, each registered under its own name. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the tables with Spark SQL; every table is available by name (captures, documents,"
            + " list_entries, overlap_persons, …).",
            "Example: bin/civcred sql --data /tmp/civcred-demo \"SELECT name, lag_days FROM overlap_persons ORDER BY lag_days\"",
            "Reproduce a published figure: add --as-of RUN_ID (or a timestamp); the versions read are printed on stderr."})
final class SqlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (one object per line). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--max-rows", defaultValue = "100", description = "Rows shown in table format. Default: ${DEFAULT-VALUE}")
    int maxRows;

    @Mixin
    AsOfOptions asOf;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SQL query.")
    String query;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        SparkSession spark = SparkSessions.create("civcred sql", settings);
        PinnedTables pinned = new VersionResolver(spark, common.data).resolve(asOf.asOf(), null);
        // stderr, so a CSV or JSON result on stdout stays clean; this is what a figure cites.
        System.err.println(pinned.report());
        TableCatalog.registerViews(spark, common.data, pinned.versions());
        Dataset<Row> result;
        try {
            result = spark.sql(query);
        } catch (Exception e) {
            // Spark's analysis and parse errors come through undeclared (they are declared in Scala).
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
                absentTableNamed(ae, pinned);
                throw Errors.usage("The query does not run: " + ae.getSimpleMessage(),
                        "Tables in " + common.data + ": " + TableCatalog.existing(spark, common.data));
            }
            throw e;
        }
        PrintStream out = System.out;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> TableOutput.show(result, maxRows);
            case "csv" -> Csv.write(result, out);
            case "json" -> {
                Iterator<String> lines = result.toJSON().toLocalIterator();
                lines.forEachRemaining(out::println);
            }
            default -> throw Errors.usage("Unknown --format '" + format + "'", "Use table, csv or json");
        }
        return 0;
    }

    /** A query on a table that did not exist at the chosen point fails with that reason, not "not found". */
    private static void absentTableNamed(org.apache.spark.sql.AnalysisException e, PinnedTables pinned) {
        if (!String.valueOf(e.getMessage()).contains("TABLE_OR_VIEW_NOT_FOUND")) {
            return;
        }
        for (var absent : pinned.absent().entrySet()) {
            if (e.getMessage().contains("`" + absent.getKey() + "`")) {
                throw Errors.usage("Table " + absent.getKey() + " did not exist at that point (" + pinned.basis()
                        + "): " + absent.getValue(), "Query it without --as-of, or choose a later point");
            }
        }
    }
}
