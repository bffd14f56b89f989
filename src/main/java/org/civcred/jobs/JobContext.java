package org.civcred.jobs;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.config.Settings;
import org.civcred.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a job may touch: the session, the data directory's tables, settings, the run id, the
 * clock, and the {@link Increment} saying what of its inputs is new. Quarantine rows go through
 * {@link #quarantine}, which merges them idempotently.
 *
 * @param spark     the session (local or on a cluster; the context never chooses)
 * @param dataDir   data directory or Hadoop URI
 * @param tables    the Delta tables under it
 * @param settings  layered settings
 * @param runId     id of the pipeline run, written into each commit's userMetadata
 * @param clock     time source for recorded times
 * @param increment what the current job reads; {@link JobRunner} sets it per job
 */
public record JobContext(SparkSession spark, String dataDir, Tables tables, Settings settings, String runId,
                         Clock clock, Increment increment) {

    private static final Logger LOG = LoggerFactory.getLogger(JobContext.class);

    /** A context whose jobs read all of their inputs (tests, one-off runs); the runner narrows it per job. */
    public static JobContext of(SparkSession spark, String dataDir, Settings settings, String runId, Clock clock) {
        return new JobContext(spark, dataDir, new Tables(spark, dataDir), settings, runId, clock, Increment.full(Map.of()));
    }

    public JobContext withIncrement(Increment next) {
        return new JobContext(spark, dataDir, tables, settings, runId, clock, next);
    }

    /** Whether the current job rebuilds its outputs from all of its inputs. */
    public boolean full() {
        return increment.full();
    }

    /**
     * The rows of {@code table} inserted or updated since the job's last successful run, up to the
     * version pinned for this run (Change Data Feed, latest image per row). Empty when the job must
     * read the whole table instead: a full run, a table the last run did not read, or changes that
     * can no longer be read (feed not enabled at that version, or files vacuumed).
     */
    public Optional<Dataset<Row>> changes(String table) {
        return changeFeed(table).map(feed -> feed.where(functions.col("_change_type").isin("insert", "update_postimage"))
                .drop("_change_type", "_commit_version", "_commit_timestamp"));
    }

    /**
     * Every row image the changes since the last successful run touched, inserted, updated (before
     * and after) or deleted, in the table's columns: what a job needs to find the slices of its
     * output to recompute. Empty exactly when {@link #changes} is.
     */
    public Optional<Dataset<Row>> touched(String table) {
        return changeFeed(table).map(feed -> feed.drop("_change_type", "_commit_version", "_commit_timestamp"));
    }

    private Optional<Dataset<Row>> changeFeed(String table) {
        OptionalLong from = increment.readFrom(table);
        OptionalLong to = increment.readTo(table);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!tables.recordsChanges(table)) {
            LOG.info("{}: {} does not record its changes (made by an older release); reading the whole table", runId, table);
            return Optional.empty();
        }
        if (from.getAsLong() >= to.getAsLong()) {
            return Optional.of(tables.read(table).limit(0)
                    .withColumn("_change_type", functions.lit("none"))
                    .withColumn("_commit_version", functions.lit(0L))
                    .withColumn("_commit_timestamp", functions.current_timestamp()));
        }
        try {
            Dataset<Row> feed = spark.read().format("delta").option("readChangeFeed", "true")
                    .option("startingVersion", from.getAsLong() + 1).option("endingVersion", to.getAsLong())
                    .load(tables.path(table));
            feed.schema(); // resolves the feed now, so an unreadable range falls back here rather than mid-job
            return Optional.of(feed);
        } catch (RuntimeException e) {
            LOG.warn("{}: changes of {} after version {} cannot be read ({}); reading the whole table",
                    runId, table, from.getAsLong(), e.getMessage());
            return Optional.empty();
        }
    }

    /** An input table at the version pinned when the job started (latest when it was not pinned). */
    public Dataset<Row> input(String table) {
        OptionalLong to = increment.readTo(table);
        return to.isPresent() ? tables.readAt(table, to.getAsLong()) : tables.read(table);
    }

    /** Records unusable inputs; rows follow {@code schemas/quarantine.json}. */
    public void quarantine(Dataset<Row> rows) {
        tables.merge("quarantine", rows.dropDuplicates("quarantine_id"), runId, false);
    }
}
