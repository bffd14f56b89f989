package org.civcred.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Rows of a table's schema from the few values a test cares about; every other column gets a filler. */
final class SchemaRows {

    private SchemaRows() {
    }

    static Row of(StructType schema, Map<String, Object> given) {
        Object[] values = new Object[schema.fields().length];
        for (int i = 0; i < values.length; i++) {
            StructField f = schema.fields()[i];
            values[i] = given.containsKey(f.name()) ? given.get(f.name()) : filler(f.dataType());
        }
        return RowFactory.create(values);
    }

    static Object filler(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return "x";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return 1;
        }
        if (type.equals(DataTypes.LongType)) {
            return 1L;
        }
        if (type.equals(DataTypes.DoubleType)) {
            return 1.0;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return false;
        }
        if (type.equals(DataTypes.DateType)) {
            return Date.valueOf("2024-03-01");
        }
        if (type.equals(DataTypes.TimestampType)) {
            return Timestamp.valueOf("2024-03-01 08:00:00");
        }
        if (type instanceof ArrayType a) {
            return a.elementType().equals(DataTypes.StringType) ? List.of("x") : List.of();
        }
        return null;
    }
}
