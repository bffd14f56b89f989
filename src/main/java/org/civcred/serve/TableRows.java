package org.civcred.serve;

import java.util.List;
import java.util.Map;

/**
 * Rows read from one snapshot of a table.
 *
 * @param table     table name
 * @param version   the Delta version the rows come from
 * @param columns   the columns each row holds, in table order
 * @param rows      one map per row, column name → value (see {@link KernelValues} for the Java types)
 * @param truncated whether the row limit cut the read short
 */
public record TableRows(String table, long version, List<String> columns, List<Map<String, Object>> rows,
                        boolean truncated) {

    public TableRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
