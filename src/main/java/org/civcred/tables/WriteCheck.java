package org.civcred.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A look at rows before {@link Tables} writes them, so a table's readers never see rows that fail
 * its checks. The check either returns the rows to write (the same rows, possibly materialised so
 * that what was checked is exactly what is written) or throws, and then nothing is written.
 */
@FunctionalInterface
public interface WriteCheck {

    /** Writes everything unchecked. */
    WriteCheck NONE = (table, rows, replacesTable) -> rows;

    /**
     * @param table         the table about to be written
     * @param rows          the rows, already conformed to the table's schema
     * @param replacesTable true when the rows become the whole table (a MERGE that deletes what the
     *                      source lacks); false when they are merged into or appended to what is there
     * @return the rows to write
     */
    Dataset<Row> beforeWrite(String table, Dataset<Row> rows, boolean replacesTable);
}
