package org.civcred.tables;

import io.delta.tables.DeltaTable;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small-file policy: every incremental MERGE or append adds files, so a table written by many
 * small runs ends up as many small files, and every reader then pays one open per file. When a
 * table holds at least {@code tables.optimize.min-files} files whose average size is under half
 * of {@code tables.optimize.target-file-size}, Delta's own OPTIMIZE (bin-packing compaction) rewrites
 * them into files of about the target size.
 *
 * <p>OPTIMIZE commits with {@code dataChange=false}: readers, time travel to earlier versions and the
 * Change Data Feed see the same rows (it adds no change rows), and incremental runs treat the commit
 * as changing nothing. It leaves the protocol and table properties as they are, so the gold tables
 * stay at reader version 1 without deletion vectors. The replaced files stay on disk for time
 * travel until a VACUUM ({@code bin/civcred optimize --vacuum-hours H}) removes them.
 */
public final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    private static final String MAX_FILE_SIZE = "spark.databricks.delta.optimize.maxFileSize";
    private static final String MIN_FILE_SIZE = "spark.databricks.delta.optimize.minFileSize";

    /** What one OPTIMIZE did: files before and after, and the table version it committed. */
    public record Outcome(String table, long filesBefore, long filesAfter, long filesRemoved, long filesAdded, long version) {
    }

    private final Tables tables;
    private final int minFiles;
    private final long targetFileSize;

    public Compaction(Tables tables, Settings settings) {
        this(tables, settings.integer("tables.optimize.min-files"), settings.bytes("tables.optimize.target-file-size"));
    }

    Compaction(Tables tables, int minFiles, long targetFileSize) {
        this.tables = tables;
        this.minFiles = minFiles;
        this.targetFileSize = targetFileSize;
    }

    /** Compacts the table when the policy says it is fragmented; empty when it is not (or is absent, or the policy is off). */
    public Optional<Outcome> compactIfFragmented(String table, String runId) {
        if (minFiles <= 0 || !tables.exists(table)) {
            return Optional.empty();
        }
        Row detail = detail(table);
        long files = detail.getLong(0);
        long bytes = detail.getLong(1);
        if (files < minFiles || bytes / Math.max(1, files) >= targetFileSize / 2) {
            return Optional.empty();
        }
        return Optional.of(compact(table, runId));
    }

    /** Compacts the table now, whatever its files look like (OPTIMIZE leaves a table of big files as it is). */
    public Outcome compact(String table, String runId) {
        SparkSession spark = tables.spark();
        long before = detail(table).getLong(0);
        String oldMax = spark.conf().get(MAX_FILE_SIZE, null);
        String oldMin = spark.conf().get(MIN_FILE_SIZE, null);
        spark.conf().set(MAX_FILE_SIZE, Long.toString(targetFileSize));
        // Files from half the target up are left alone: rewriting them would gain little.
        spark.conf().set(MIN_FILE_SIZE, Long.toString(targetFileSize / 2));
        Row metrics;
        try {
            metrics = tables.withRunMetadata(runId, () -> DeltaTable.forPath(spark, tables.path(table)).optimize().executeCompaction())
                    .select("metrics.numFilesRemoved", "metrics.numFilesAdded").first();
        } finally {
            restore(spark, MAX_FILE_SIZE, oldMax);
            restore(spark, MIN_FILE_SIZE, oldMin);
        }
        long after = detail(table).getLong(0);
        Outcome outcome = new Outcome(table, before, after, metrics.getLong(0), metrics.getLong(1), tables.version(table).orElse(-1));
        LOG.info("{}: compacted {} files into {} ({} before, {} after; version {})", table, outcome.filesRemoved(),
                outcome.filesAdded(), before, after, outcome.version());
        return outcome;
    }

    /** Deletes files no version younger than {@code retentionHours} needs; time travel further back stops working. */
    public void vacuum(String table, double retentionHours) {
        SparkSession spark = tables.spark();
        String check = "spark.databricks.delta.retentionDurationCheck.enabled";
        String old = spark.conf().get(check, null);
        // Delta refuses under 168 hours unless told: the user asked for this retention explicitly.
        spark.conf().set(check, "false");
        try {
            DeltaTable.forPath(spark, tables.path(table)).vacuum(retentionHours);
        } finally {
            restore(spark, check, old);
        }
        LOG.info("{}: vacuumed files older than {} hours", table, retentionHours);
    }

    /** numFiles and sizeInBytes of the latest snapshot. */
    private Row detail(String table) {
        return DeltaTable.forPath(tables.spark(), tables.path(table)).detail().select("numFiles", "sizeInBytes").first();
    }

    private static void restore(SparkSession spark, String key, String old) {
        if (old == null) {
            spark.conf().unset(key);
        } else {
            spark.conf().set(key, old);
        }
    }
}
