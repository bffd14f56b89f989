package org.civcred.quality;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;

/**
 * The {@code dq_results} table: one row per run, table and expectation. Rows are merged on that key,
 * so evaluating the same expectation again in the same run (a job rerun under the same run id)
 * replaces its row instead of adding one.
 */
public final class DqResults {

    public static final String TABLE = "dq_results";

    private DqResults() {
    }

    /** Records {@code outcomes} of {@code job} in run {@code runId}. */
    public static void record(SparkSession spark, Tables tables, String runId, String job, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<Row> rows = outcomes.stream().map(o -> o.toRow(runId, job)).toList();
        tables.merge(TABLE, spark.createDataFrame(rows, TableSchema.load(TABLE).structType()), runId, false);
    }
}
