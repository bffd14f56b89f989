package org.civcred.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One gold table as the report read it.
 *
 * @param table      table name
 * @param rows       its rows at {@code version} (an empty frame with the table's schema when it does not exist)
 * @param version    the Delta version read; empty when the table does not exist yet
 * @param committed  when that version was committed, as Delta records it (UTC, ISO-8601)
 * @param runIds     the run ids in the rows' {@code run_id} column, sorted
 */
public record TableRead(String table, Dataset<Row> rows, OptionalLong version, Optional<String> committed,
                        List<String> runIds) {
}
