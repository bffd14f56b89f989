package org.civcred.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints a frame as Spark's text table on the current {@code System.out}. Spark prints through
 * Scala's {@code Console}, which keeps the stream it first saw; binding it here makes the output
 * follow {@code System.out} when a caller (a test, an embedding tool) has redirected it.
 */
final class TableOutput {

    private TableOutput() {
    }

    static void show(Dataset<Row> rows, int maxRows) {
        scala.Console.withOut(System.out, (scala.Function0<Object>) () -> {
            rows.show(maxRows, false);
            return null;
        });
    }
}
