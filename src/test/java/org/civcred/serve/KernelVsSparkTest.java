package org.civcred.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delta Kernel and Spark read every gold table of the mirror pipeline to the same rows: same
 * columns, same keys, same values in every column (dates, numbers, booleans, arrays, maps and
 * structs alike), compared after both sides are brought to {@link SparkValues}' plain types.
 */
class KernelVsSparkTest {

    static Stream<String> goldTables() {
        return TableCatalog.GOLD.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldTables")
    void kernelReadsTheSameRowsAsSpark(String table) {
        String data = MirrorPipeline.get().data().toString();
        TableRows kernel = new KernelTables(data, new Configuration()).read(table, List.of(), Integer.MAX_VALUE);
        Dataset<Row> spark = new Tables(SharedSpark.get(), data).read(table);

        assertEquals(Arrays.asList(spark.columns()), kernel.columns(), "columns of " + table);
        assertFalse(kernel.truncated());
        List<String> keys = TableSchema.load(table).keys();
        Map<List<Object>, Map<String, Object>> byKernel = byKey(keys, kernel.rows().stream()
                .map(r -> SparkValues.plainRow(r)).toList());
        Map<List<Object>, Map<String, Object>> bySpark = byKey(keys, spark.collectAsList().stream()
                .map(SparkValues::fromSpark).toList());

        assertTrue(bySpark.size() > 0, table + " should have rows in the mirror pipeline");
        assertEquals(bySpark.size(), kernel.rows().size(), "keys of " + table + " are unique on the Kernel side");
        assertEquals(bySpark.keySet(), byKernel.keySet(), "keys of " + table);
        for (var e : bySpark.entrySet()) {
            assertEquals(e.getValue(), byKernel.get(e.getKey()), table + " row " + e.getKey());
        }
    }

    /** Rows sorted by their key columns, so both sides compare as sets without depending on file order. */
    private static Map<List<Object>, Map<String, Object>> byKey(List<String> keys, List<Map<String, Object>> rows) {
        Map<List<Object>, Map<String, Object>> out = new TreeMap<>(KernelVsSparkTest::compareKeys);
        for (Map<String, Object> r : rows) {
            List<Object> key = new ArrayList<>();
            keys.forEach(k -> key.add(r.get(k)));
            out.put(key, new LinkedHashMap<>(r));
        }
        return out;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
