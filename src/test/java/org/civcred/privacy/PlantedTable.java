package org.civcred.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;

/** A one-row documents table that leaks: a whole id in the text and the key, a mobile in the title. */
final class PlantedTable {

    private PlantedTable() {
    }

    static void documents(SparkSession spark, String dataDir, String id, String mobile) {
        StructType schema = TableSchema.load("documents").structType();
        Object[] values = new Object[schema.fields().length];
        for (int i = 0; i < values.length; i++) {
            StructField f = schema.fields()[i];
            values[i] = switch (f.name()) {
                case "doc_id" -> "doc-" + id;
                case "title" -> "公示 电话" + mobile;
                case "body_text" -> "被执行人张某，身份证号" + id + "。";
                default -> filler(f.dataType());
            };
        }
        List<Row> rows = List.of(RowFactory.create(values));
        spark.createDataFrame(rows, schema).write().format("delta").save(new Tables(spark, dataDir).path("documents"));
    }

    private static Object filler(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return "x";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return 1;
        }
        if (type.equals(DataTypes.LongType)) {
            return 1L;
        }
        if (type.equals(DataTypes.DateType)) {
            return Date.valueOf("2024-03-01");
        }
        if (type.equals(DataTypes.TimestampType)) {
            return Timestamp.valueOf("2024-03-01 08:00:00");
        }
        return null;
    }
}
