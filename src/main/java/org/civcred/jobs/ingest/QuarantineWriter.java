package org.civcred.jobs.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.jobs.JobContext;

/**
 * Adds quarantine rows that are not there yet. A problem found again by a rerun keeps the row, the
 * time and the run id of its first finding, so reruns leave the table unchanged.
 */
public final class QuarantineWriter {

    private QuarantineWriter() {
    }

    /**
     * @param rows rows in the shape of {@code schemas/quarantine.json}
     * @return how many rows were new
     */
    public static long addNew(JobContext context, Dataset<Row> rows) {
        Dataset<Row> known = context.tables().read("quarantine").select("quarantine_id");
        Dataset<Row> fresh = rows.dropDuplicates("quarantine_id").join(known,
                rows.col("quarantine_id").equalTo(known.col("quarantine_id")), "left_anti").cache();
        try {
            long count = fresh.count();
            if (count > 0) {
                context.quarantine(fresh);
            }
            return count;
        } finally {
            fresh.unpersist();
        }
    }
}
