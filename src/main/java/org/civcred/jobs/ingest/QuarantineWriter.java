package org.civcred.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.civcred.jobs.JobContext;

/**
 * Adds quarantine rows that are not there yet. A problem found again by a rerun keeps the row, the
 * time and the run id of its first finding, so reruns leave the table unchanged. When one run finds
 * the same problem twice (a record copied into two files), the first by row key and detail is kept.
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
        Dataset<Row> unique = rows.withColumn("_rank", row_number().over(Window.partitionBy("quarantine_id")
                .orderBy(col("row_key").asc_nulls_first(), col("detail").asc_nulls_first())))
                .filter(col("_rank").equalTo(1)).drop("_rank");
        Dataset<Row> fresh = unique.join(known, unique.col("quarantine_id").equalTo(known.col("quarantine_id")),
                "left_anti").cache();
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
