package org.civcred.jobs;

import java.time.Clock;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.tables.Tables;

/**
 * Everything a job may touch: the session, the data directory's tables, settings, the run id and
 * the clock. Quarantine rows go through {@link #quarantine}, which merges them idempotently.
 *
 * @param spark    the session (local or on a cluster; the context never chooses)
 * @param dataDir  data directory or Hadoop URI
 * @param tables   the Delta tables under it
 * @param settings layered settings
 * @param runId    id of the pipeline run, written into each commit's userMetadata
 * @param clock    time source for recorded times
 */
public record JobContext(SparkSession spark, String dataDir, Tables tables, Settings settings, String runId,
                         Clock clock) {

    public static JobContext of(SparkSession spark, String dataDir, Settings settings, String runId, Clock clock) {
        return new JobContext(spark, dataDir, new Tables(spark, dataDir), settings, runId, clock);
    }

    /** Records unusable inputs; rows follow {@code schemas/quarantine.json}. */
    public void quarantine(Dataset<Row> rows) {
        tables.merge("quarantine", rows.dropDuplicates("quarantine_id"), runId, false);
    }
}
