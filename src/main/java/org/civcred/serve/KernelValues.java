package org.civcred.serve;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BinaryType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one value of a Kernel column vector into a plain Java value: {@code String},
 * {@code Boolean}, {@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code Float},
 * {@code Double}, {@code BigDecimal}, {@code byte[]}, {@code LocalDate} (date), {@code Instant}
 * (timestamp), {@code LocalDateTime} (timestamp without zone), an unmodifiable {@code List}
 * (array), an unmodifiable insertion-ordered {@code Map} (map, or struct by field name), or null.
 */
public final class KernelValues {

    private KernelValues() {
    }

    public static Object valueAt(ColumnVector vector, int row) {
        if (vector.isNullAt(row)) {
            return null;
        }
        DataType type = vector.getDataType();
        if (type instanceof StringType) {
            return vector.getString(row);
        } else if (type instanceof IntegerType) {
            return vector.getInt(row);
        } else if (type instanceof LongType) {
            return vector.getLong(row);
        } else if (type instanceof DoubleType) {
            return vector.getDouble(row);
        } else if (type instanceof BooleanType) {
            return vector.getBoolean(row);
        } else if (type instanceof DateType) {
            // Delta stores dates as days since the epoch.
            return LocalDate.ofEpochDay(vector.getInt(row));
        } else if (type instanceof TimestampType) {
            return microsToInstant(vector.getLong(row));
        } else if (type instanceof TimestampNTZType) {
            return LocalDateTime.ofInstant(microsToInstant(vector.getLong(row)), ZoneOffset.UTC);
        } else if (type instanceof ArrayType) {
            return arrayValue(vector.getArray(row));
        } else if (type instanceof MapType) {
            return mapValue(vector.getMap(row));
        } else if (type instanceof StructType struct) {
            return structValue(vector, struct, row);
        }
        return scalarRarity(vector, type, row);
    }

    private static Object scalarRarity(ColumnVector vector, DataType type, int row) {
        if (type instanceof FloatType) {
            return vector.getFloat(row);
        } else if (type instanceof ShortType) {
            return vector.getShort(row);
        } else if (type instanceof ByteType) {
            return vector.getByte(row);
        } else if (type instanceof DecimalType) {
            return vector.getDecimal(row);
        } else if (type instanceof BinaryType) {
            return vector.getBinary(row);
        }
        throw new IllegalArgumentException("Column type " + type + " is not supported by the Kernel reader");
    }

    private static Instant microsToInstant(long micros) {
        return Instant.EPOCH.plusSeconds(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static List<Object> arrayValue(ArrayValue array) {
        ColumnVector elements = array.getElements();
        List<Object> out = new ArrayList<>(array.getSize());
        for (int i = 0; i < array.getSize(); i++) {
            out.add(valueAt(elements, i));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<Object, Object> mapValue(MapValue map) {
        ColumnVector keys = map.getKeys();
        ColumnVector values = map.getValues();
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < map.getSize(); i++) {
            out.put(valueAt(keys, i), valueAt(values, i));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> structValue(ColumnVector vector, StructType struct, int row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int f = 0; f < struct.length(); f++) {
            out.put(struct.at(f).getName(), valueAt(vector.getChild(f), row));
        }
        return Collections.unmodifiableMap(out);
    }
}
