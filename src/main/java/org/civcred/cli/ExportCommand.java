package org.civcred.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.jobs.SparkSessions;
import org.civcred.jobs.extract.IdHashKey;
import org.civcred.privacy.Pseudonyms;
import org.civcred.research.PinnedTables;
import org.civcred.research.TableExport;
import org.civcred.research.VersionResolver;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes one table, at its latest or a past version, to a CSV file or Parquet for use elsewhere. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one table to CSV (one UTF-8 file with a header; arrays and maps as JSON) or Parquet"
            + " (a directory, or one file when --out ends in .parquet); prints the rows written and the table version.",
            "Example: bin/civcred export overlap_persons --data /tmp/civcred-demo --format csv --out persons.csv"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    AsOfOptions asOf;

    @Parameters(index = "0", paramLabel = "TABLE", description = "A table name (see docs/tables.md).")
    String table;

    @Option(names = "--format", defaultValue = "csv", description = "csv or parquet. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Target file or directory (path or Hadoop URI).")
    String out;

    @Option(names = "--where", paramLabel = "SQL", description = "Keep only rows matching this SQL condition, e.g. \"region_code LIKE '12%'\".")
    String where;

    @Option(names = "--overwrite", description = "Replace PATH when it exists.")
    boolean overwrite;

    @Option(names = "--pseudonymize", description = "For a dataset to share: black-listed private persons in"
            + " list_entries, entities and overlap_persons become stable pseudonyms (失信人-…) keyed with the data's"
            + " id-hash key; their masked ids are dropped. Red and honour lists stay named (docs/privacy.md).")
    boolean pseudonymize;

    @Override
    public Integer call() {
        TableExport.Format chosen = TableExport.Format.of(format);
        SparkSession spark = SparkSessions.create("civcred export", common.settings());
        if (!TableCatalog.ALL.contains(table) || !new Tables(spark, common.data).exists(table)) {
            throw Errors.usage((TableCatalog.ALL.contains(table) ? "Table " + table + " does not exist yet"
                    : "No table '" + table + "'") + " in " + common.data,
                    "Tables there: " + String.join(", ", TableCatalog.existing(spark, common.data)));
        }
        PinnedTables pinned = new VersionResolver(spark, common.data).resolve(asOf.asOf(), table);
        long version = pinned.version(table).orElseThrow(() -> Errors.usage("Table " + table
                + " did not exist at that point (" + pinned.basis() + "): " + pinned.absent().get(table),
                "Choose a later --as-of"));
        Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", version)
                .load(new Tables(spark, common.data).path(table));
        if (where != null && !where.isBlank()) {
            rows = filtered(rows);
        }
        if (pseudonymize) {
            // Before writing, so no file ever holds the names; the key is the one the data's hashes use.
            rows = Pseudonyms.apply(table, rows, IdHashKey.resolve(common.settings(), common.data));
            System.out.println(Pseudonyms.TABLES.contains(table)
                    ? "black-listed private persons pseudonymized (" + Pseudonyms.PREFIX + "…)"
                    : table + " has no person columns to pseudonymize; its rows are written as they are");
        }
        TableExport.Result result = TableExport.write(rows, chosen, out, overwrite);
        System.out.println("exported " + result.rows() + " rows of " + table + " v" + version
                + (pinned.basis().equals("latest") ? " (latest)" : " (" + pinned.basis() + ")")
                + " to " + result.path() + " as " + chosen.name().toLowerCase(java.util.Locale.ROOT));
        return 0;
    }

    private Dataset<Row> filtered(Dataset<Row> rows) {
        try {
            return rows.where(where);
        } catch (Exception e) {
            // Spark's analysis and parse errors come through undeclared (they are declared in Scala).
            if (e instanceof org.apache.spark.sql.AnalysisException ae) {
                throw Errors.usage("--where does not apply to " + table + ": " + ae.getSimpleMessage(),
                        "Columns: " + String.join(", ", rows.columns()));
            }
            throw e;
        }
    }
}
