package org.civcred.cli;

import java.io.PrintStream;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** RFC 4180 CSV of a query result, streamed row by row (no collect on the driver). */
final class Csv {

    private Csv() {
    }

    static void write(Dataset<Row> rows, PrintStream out) {
        out.println(String.join(",", java.util.Arrays.stream(rows.columns()).map(Csv::quote).toList()));
        Iterator<Row> it = rows.toLocalIterator();
        StringBuilder line = new StringBuilder();
        while (it.hasNext()) {
            Row r = it.next();
            line.setLength(0);
            for (int i = 0; i < r.length(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(r.isNullAt(i) ? "" : quote(valueOf(r.get(i))));
            }
            out.println(line);
        }
    }

    private static String valueOf(Object v) {
        if (v instanceof scala.collection.Iterable<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq).toString();
        }
        return String.valueOf(v);
    }

    static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
