package org.civcred.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Delta table as one JSON line per row, in a form that two runs over the same WARC files in
 * different data directories should agree on: {@code run_id} columns are left out (each run names
 * itself), columns are taken by name in sorted order (so a column added elsewhere does not shift
 * anything), and the data directory inside provenance paths becomes {@code <data>}.
 */
final class ComparableRows {

    static final String RUN_ID = "run_id";

    private ComparableRows() {
    }

    /** The rows of {@code <dataDir>/tables/<table>} as JSON lines, a multiset (use exceptAll). */
    static Dataset<String> of(SparkSession spark, String dataDir, String table) {
        Dataset<Row> rows = spark.read().format("delta").load(dataDir + "/tables/" + table);
        Column[] columns = Arrays.stream(rows.columns()).filter(c -> !c.equals(RUN_ID)).sorted()
                .map(c -> col("`" + c + "`")).toArray(Column[]::new);
        Column json = to_json(struct(columns));
        // A path may be written as /dir, file:/dir or file:///dir depending on how the run was given it.
        String anyFormOfDir = "(file:(//)?)?" + Pattern.quote(dataDir.replaceFirst("^file:(//)?", ""));
        return rows.select(regexp_replace(json, lit(anyFormOfDir), lit("<data>")).as("row"))
                .as(Encoders.STRING());
    }

    /** Up to {@code limit} rows of {@code left} missing from {@code right} (counting duplicates). */
    static List<String> missing(Dataset<String> left, Dataset<String> right, int limit) {
        return left.exceptAll(right).limit(limit).collectAsList();
    }
}
