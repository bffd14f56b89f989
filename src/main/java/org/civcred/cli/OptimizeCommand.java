package org.civcred.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.SparkSessions;
import org.civcred.tables.Compaction;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Compacts tables' small files with Delta OPTIMIZE, and optionally deletes files old versions no longer need. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Compact small files of every table (or one) with Delta OPTIMIZE; rows, time travel and the change feed stay as they were.",
            "--vacuum-hours H then deletes files that no version younger than H hours needs: time travel further back stops working.",
            "Example: bin/civcred optimize --data /tmp/civcred-demo --table captures"})
final class OptimizeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--table", paramLabel = "TABLE", description = "Only this table (default: every table that exists).")
    String table;

    @Option(names = "--vacuum-hours", paramLabel = "H", description = "After compacting, VACUUM with this retention in hours.")
    Double vacuumHours;

    @Override
    public Integer call() {
        if (table != null && !TableCatalog.ALL.contains(table)) {
            throw Errors.usage("No table '" + table + "'", "Tables: " + String.join(", ", TableCatalog.ALL));
        }
        if (vacuumHours != null && vacuumHours < 0) {
            throw Errors.usage("--vacuum-hours must not be negative (got " + vacuumHours + ")", "Give hours of history to keep, e.g. 168");
        }
        Settings settings = common.settings();
        SparkSession spark = SparkSessions.create("civcred optimize", settings);
        Tables tables = new Tables(spark, common.data);
        Compaction compaction = new Compaction(tables, settings);
        List<String> chosen = table != null ? List.of(table) : TableCatalog.ALL;
        String runId = CrawlIds.fresh("optimize", java.time.Clock.systemUTC());
        for (String t : chosen) {
            if (!tables.exists(t)) {
                if (table != null) {
                    throw Errors.usage("Table " + t + " does not exist under " + common.data, "Run the pipeline first: bin/civcred run all --data " + common.data);
                }
                continue;
            }
            Compaction.Outcome o = compaction.compact(t, runId);
            System.out.printf("%-18s %6d files -> %6d (replaced %d with %d; version %d)%n", t, o.filesBefore(), o.filesAfter(),
                    o.filesRemoved(), o.filesAdded(), o.version());
            if (vacuumHours != null) {
                compaction.vacuum(t, vacuumHours);
            }
        }
        return 0;
    }
}
