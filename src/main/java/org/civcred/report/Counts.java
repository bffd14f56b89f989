package org.civcred.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Small Spark aggregations the figures share; each collects a handful of rows to the driver. */
final class Counts {

    private Counts() {
    }

    /** Rows per month of the date column {@code dateColumn}, rows where it is null left out. */
    static Map<YearMonth, Long> perMonth(Dataset<Row> rows, String dateColumn) {
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        rows.where(functions.col(dateColumn).isNotNull())
                .groupBy(functions.date_format(functions.col(dateColumn), "yyyy-MM").as("m"))
                .count().orderBy("m").collectAsList()
                .forEach(r -> months.put(YearMonth.parse(r.getString(0)), r.getLong(1)));
        return months;
    }

    /** Rows where {@code column} is null. */
    static long nulls(Dataset<Row> rows, String column) {
        return rows.where(functions.col(column).isNull()).count();
    }

    /** Rows per value of {@code column}, nulls under the key null; largest first. */
    static Map<String, Long> perValue(Dataset<Row> rows, String column) {
        Map<String, Long> values = new LinkedHashMap<>();
        rows.groupBy(functions.col(column)).count().orderBy(functions.col("count").desc(), functions.col(column))
                .collectAsList().forEach(r -> values.put(r.isNullAt(0) ? null : r.get(0).toString(), r.getLong(1)));
        return values;
    }
}
