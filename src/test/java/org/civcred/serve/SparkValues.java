package org.civcred.serve;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Brings a value read by Spark or by Kernel to one plain form so the two can be compared: dates as
 * {@link LocalDate}, timestamps as {@link java.time.Instant}, binary as hex, arrays as lists,
 * maps and structs as maps; numbers and booleans keep their boxed type, so an int column read as
 * a long on one side would still show up as a difference.
 */
final class SparkValues {

    private SparkValues() {
    }

    static Map<String, Object> fromSpark(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        StructType schema = row.schema();
        for (int i = 0; i < schema.length(); i++) {
            out.put(schema.fields()[i].name(), plain(row.get(i)));
        }
        return out;
    }

    static Map<String, Object> plainRow(Map<String, Object> kernelRow) {
        Map<String, Object> out = new LinkedHashMap<>();
        kernelRow.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    static Object plain(Object v) {
        if (v instanceof Date d) {
            return d.toLocalDate();
        } else if (v instanceof Timestamp t) {
            return t.toInstant();
        } else if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        } else if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        } else if (v instanceof Row struct) {
            return fromSpark(struct);
        } else if (v instanceof Seq<?> seq) {
            return plainList(CollectionConverters.asJava(seq));
        } else if (v instanceof scala.collection.Map<?, ?> map) {
            return plainMap(CollectionConverters.asJava(map));
        } else if (v instanceof List<?> list) {
            return plainList(list);
        } else if (v instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        return v;
    }

    private static List<Object> plainList(List<?> list) {
        List<Object> out = new ArrayList<>();
        list.forEach(x -> out.add(plain(x)));
        return out;
    }

    private static Map<Object, Object> plainMap(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, x) -> out.put(plain(k), plain(x)));
        return out;
    }
}
