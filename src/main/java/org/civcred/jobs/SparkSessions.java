package org.civcred.jobs;

import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;

/**
 * Builds the session with Delta enabled and civcred's small-machine defaults. The master comes
 * from {@code spark.master} (set by {@code spark-submit}, or by {@code bin/civcred} for local runs);
 * this class never chooses one.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    public static SparkSession create(String appName, Settings settings) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", settings.string("jobs.shuffle-partitions"))
                .config("spark.ui.enabled", settings.string("jobs.spark-ui"))
                .config("spark.sql.adaptive.enabled", "true");
        return b.getOrCreate();
    }
}
