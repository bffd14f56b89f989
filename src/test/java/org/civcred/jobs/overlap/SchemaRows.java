package org.civcred.jobs.overlap;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableSchema;

/** Rows of any table from name → value maps: unnamed columns are null. */
public final class SchemaRows {

    private SchemaRows() {
    }

    public static Row row(String table, Map<String, ?> values) {
        return RowFactory.create(TableSchema.load(table).columnNames().stream().map(values::get).toArray());
    }

    public static Dataset<Row> frame(SparkSession spark, String table, List<Row> rows) {
        return spark.createDataFrame(rows, TableSchema.load(table).structType());
    }
}
