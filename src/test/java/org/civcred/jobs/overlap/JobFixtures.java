package org.civcred.jobs.overlap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.testing.SharedSpark;

/** Job contexts over temporary data directories, and order-insensitive views of tables. */
public final class JobFixtures {

    private JobFixtures() {
    }

    public static JobContext context(Path dir, String runId) {
        return JobContext.of(SharedSpark.get(), dir.toString(), Settings.defaults(), runId,
                Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
    }

    /** The table's rows as sorted strings, for comparisons that ignore row order. */
    public static List<String> sorted(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
