package org.civcred.privacy;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;

/** A one-row documents table that leaks: a whole id in the text and the key, a mobile in the title. */
final class PlantedTable {

    private PlantedTable() {
    }

    static void documents(SparkSession spark, String dataDir, String id, String mobile) {
        StructType schema = TableSchema.load("documents").structType();
        Row row = SchemaRows.of(schema, Map.of("doc_id", "doc-" + id, "title", "公示 电话" + mobile,
                "body_text", "被执行人张某，身份证号" + id + "。"));
        spark.createDataFrame(List.of(row), schema).write().format("delta").save(new Tables(spark, dataDir).path("documents"));
    }
}
