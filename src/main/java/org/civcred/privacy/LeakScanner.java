package org.civcred.privacy;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.text.IdNumbers;

/**
 * Reads every table of {@link TableCatalog} and counts whole identity numbers (18 characters with a
 * valid GB 11643 check character, or the old 15-digit form) and mobile numbers left unmasked in any
 * string or array-of-string column. Each table is one Spark aggregation: nothing but the counts and
 * one row key per column comes to the driver. Row keys are reported masked too.
 *
 * <p>Binary columns are not read: {@code captures.body} is the archived page as fetched, which an
 * archive must keep byte for byte; every table built from it is read.
 */
public final class LeakScanner {

    /** Unmasked numbers of one kind in one column; {@code rowKey} is the key of one such row, masked. */
    public record Finding(String table, String column, String kind, long count, String rowKey) {
    }

    /** What one scan read and found. */
    public record Result(int tablesScanned, long rowsScanned, long valuesScanned, long unmaskedFound,
                         long mobilesFound, List<Finding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean clean() {
            return unmaskedFound == 0 && mobilesFound == 0;
        }
    }

    private static final UserDefinedFunction IDS = functions.udf(
            (UDF1<String, Integer>) LeakScanner::idsIn, DataTypes.IntegerType);
    private static final UserDefinedFunction MOBILES = functions.udf(
            (UDF1<String, Integer>) LeakScanner::mobilesIn, DataTypes.IntegerType);

    private LeakScanner() {
    }

    /** Scans every table that exists under {@code dataDir}; {@code progress} gets one line per table. */
    public static Result scan(SparkSession spark, String dataDir, Consumer<String> progress) {
        Tables tables = new Tables(spark, dataDir);
        List<Finding> findings = new ArrayList<>();
        int scanned = 0;
        long rows = 0;
        long values = 0;
        for (String table : TableCatalog.ALL) {
            if (!tables.exists(table)) {
                continue;
            }
            TableScan t = scanTable(table, tables.read(table));
            scanned++;
            rows += t.rows();
            values += t.values();
            findings.addAll(t.findings());
            progress.accept(String.format("  %-17s %,10d rows %,12d values  %d unmasked ids, %d mobiles", table,
                    t.rows(), t.values(), t.count("id"), t.count("mobile")));
        }
        long ids = findings.stream().filter(f -> f.kind().equals("id")).mapToLong(Finding::count).sum();
        long mobiles = findings.stream().filter(f -> f.kind().equals("mobile")).mapToLong(Finding::count).sum();
        return new Result(scanned, rows, values, ids, mobiles, findings);
    }

    /** Counts for one table. */
    private record TableScan(long rows, long values, List<Finding> findings) {
        long count(String kind) {
            return findings.stream().filter(f -> f.kind().equals(kind)).mapToLong(Finding::count).sum();
        }
    }

    private static TableScan scanTable(String table, Dataset<Row> rows) {
        List<String> columns = new ArrayList<>();
        List<Column> projected = new ArrayList<>();
        projected.add(rowKey(table, rows).as("__key"));
        for (StructField f : rows.schema().fields()) {
            Column text = asText(f);
            if (text == null) {
                continue;
            }
            int i = columns.size();
            columns.add(f.name());
            projected.add(text.isNotNull().as("n" + i));
            projected.add(coalesce(IDS.apply(text), lit(0)).as("i" + i));
            projected.add(coalesce(MOBILES.apply(text), lit(0)).as("m" + i));
        }
        List<Column> aggs = new ArrayList<>();
        aggs.add(count(lit(1)).as("rows"));
        for (int i = 0; i < columns.size(); i++) {
            aggs.add(sum(col("n" + i).cast("long")).as("n" + i));
            aggs.add(sum(col("i" + i)).as("i" + i));
            aggs.add(sum(col("m" + i)).as("m" + i));
            aggs.add(first(when(col("i" + i).gt(0), col("__key")), true).as("ki" + i));
            aggs.add(first(when(col("m" + i).gt(0), col("__key")), true).as("km" + i));
        }
        Row r = rows.select(projected.toArray(Column[]::new))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        long values = 0;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            values += longOf(r, "n" + i);
            long ids = longOf(r, "i" + i);
            long mobiles = longOf(r, "m" + i);
            if (ids > 0) {
                findings.add(new Finding(table, columns.get(i), "id", ids, IdNumbers.redact(r.getAs("ki" + i))));
            }
            if (mobiles > 0) {
                findings.add(new Finding(table, columns.get(i), "mobile", mobiles, IdNumbers.redact(r.getAs("km" + i))));
            }
        }
        return new TableScan(longOf(r, "rows"), values, findings);
    }

    /** The column as one string, or null for a column that holds no text. */
    private static Column asText(StructField f) {
        Column c = col("`" + f.name() + "`");
        if (f.dataType() instanceof StringType) {
            return c;
        }
        if (f.dataType() instanceof ArrayType a && a.elementType() instanceof StringType) {
            // A newline cannot be part of a number, so values joined by it cannot make one up.
            return when(c.isNotNull(), concat_ws("\n", c));
        }
        return null;
    }

    private static Column rowKey(String table, Dataset<Row> rows) {
        List<String> keys = TableSchema.load(table).keys().stream()
                .filter(k -> List.of(rows.columns()).contains(k)).toList();
        if (keys.isEmpty()) {
            return lit(null).cast("string");
        }
        return concat_ws("/", keys.stream().map(k -> col("`" + k + "`").cast("string")).toArray(Column[]::new));
    }

    private static long longOf(Row r, String field) {
        Object v = r.getAs(field);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static int idsIn(String text) {
        return text == null ? 0 : IdNumbers.findFullIds(text).size() + IdNumbers.findOldIds(text).size();
    }

    static int mobilesIn(String text) {
        return text == null ? 0 : IdNumbers.findMobileNumbers(text).size();
    }
}
