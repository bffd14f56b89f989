package org.civcred.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delta Kernel and Spark read every gold table of the mirror pipeline to the same rows: same
 * columns, same keys, same values in every column, compared after both sides are brought to
 * {@link SparkValues}' plain types. The gold tables hold no timestamps, maps, structs or binary, so
 * a small table of every such kind is compared too.
 */
class KernelVsSparkTest {

    static Stream<String> goldTables() {
        return TableCatalog.GOLD.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldTables")
    void kernelReadsTheSameRowsAsSpark(String table) {
        String data = MirrorPipeline.get().data().toString();
        assertSameRows(table, new KernelTables(data, new Configuration()), new Tables(SharedSpark.get(), data).read(table),
                TableSchema.load(table).keys());
    }

    @Test
    void kernelReadsTimestampsMapsStructsAndBinaryAsSparkDoes(@TempDir Path data) {
        SparkSession spark = SharedSpark.get();
        spark.sql("SELECT id, CAST(id AS STRING) AS name, TIMESTAMP'2019-05-04 03:02:01.123456' + make_interval(0, 0, 0, id) AS at,"
                        + " map('red', id, 'black', id * 2) AS counts, named_struct('code', '120000', 'years', array(2017, 2020)) AS city,"
                        + " CAST('字节' AS BINARY) AS raw, CAST(id AS DOUBLE) / 3 AS share, id % 2 = 0 AS even,"
                        + " IF(id = 1, NULL, DATE'2020-02-29') AS day, CAST(id AS SHORT) AS small, CAST(id AS DECIMAL(10,2)) AS amount"
                        + " FROM range(4)")
                .write().format("delta").save(data.resolve("tables/kinds").toString());
        assertSameRows("kinds", new KernelTables(data.toString(), new Configuration()),
                spark.read().format("delta").load(data.resolve("tables/kinds").toString()), List.of("id"));
    }

    private static void assertSameRows(String table, KernelTables kernelTables, Dataset<Row> spark, List<String> keys) {
        TableRows kernel = kernelTables.read(table, List.of(), Integer.MAX_VALUE);
        assertEquals(Arrays.asList(spark.columns()), kernel.columns(), "columns of " + table);
        assertFalse(kernel.truncated());
        Map<List<Object>, Map<String, Object>> byKernel = byKey(keys, kernel.rows().stream()
                .map(SparkValues::plainRow).toList());
        Map<List<Object>, Map<String, Object>> bySpark = byKey(keys, spark.collectAsList().stream()
                .map(SparkValues::fromSpark).toList());

        assertTrue(bySpark.size() > 0, table + " should have rows");
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
