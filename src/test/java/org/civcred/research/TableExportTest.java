package org.civcred.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.config.CivcredException;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported files hold exactly the rows, in the forms other tools read: RFC 4180 CSV and Parquet. */
class TableExportTest {

    private final SparkSession spark = SharedSpark.get();

    private Dataset<Row> awkwardRows() {
        StructType schema = new StructType()
                .add("name", DataTypes.StringType)
                .add("lag_days", DataTypes.IntegerType)
                .add("urls", DataTypes.createArrayType(DataTypes.StringType))
                .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
        return spark.createDataFrame(List.of(
                RowFactory.create("张三, 天津", 91, scala(List.of("http://a/1", "http://b/2")), scalaMap(Map.of("civ", 2L))),
                RowFactory.create("say \"好人\"", 0, null, null),
                RowFactory.create("two\nlines", -3, scala(List.of()), scalaMap(Map.of())),
                RowFactory.create("  padded  ", null, null, null)), schema);
    }

    @Test
    void csvIsOneUtf8FileWithAHeaderQuotedAsRfc4180WithNestedValuesAsJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("persons.csv");
        TableExport.Result result = TableExport.write(awkwardRows().orderBy("lag_days"), TableExport.Format.CSV,
                out.toString(), false);
        assertEquals(4, result.rows());
        assertTrue(Files.isRegularFile(out));
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(String.join("\n",
                "name,lag_days,urls,counts",
                "  padded  ,,,",
                "\"two\nlines\",-3,[],{}",
                "\"say \"\"好人\"\"\",0,,",
                "\"张三, 天津\",91,\"[\"\"http://a/1\"\",\"\"http://b/2\"\"]\",\"{\"\"civ\"\":2}\"",
                ""), text);
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList(), "the scratch directory is removed");
        }
    }

    @Test
    void parquetEndingInDotParquetIsOneFileAndOtherwiseADirectory(@TempDir Path dir) {
        Path file = dir.resolve("persons.parquet");
        Path folder = dir.resolve("persons");
        assertEquals(4, TableExport.write(awkwardRows(), TableExport.Format.PARQUET, file.toString(), false).rows());
        assertEquals(4, TableExport.write(awkwardRows(), TableExport.Format.PARQUET, folder.toString(), false).rows());
        assertTrue(Files.isRegularFile(file) && Files.isDirectory(folder));
        for (Path p : List.of(file, folder)) {
            // Set operations refuse map columns; their JSON text compares the same values.
            Dataset<Row> back = spark.read().parquet(p.toString()).withColumn("counts", functions.to_json(functions.col("counts")));
            Dataset<Row> sent = awkwardRows().withColumn("counts", functions.to_json(functions.col("counts")));
            assertEquals(0, back.exceptAll(sent).count() + sent.exceptAll(back).count(), p.toString());
        }
    }

    @Test
    void anExistingTargetIsKeptUnlessOverwriteIsAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kept.csv");
        Files.writeString(out, "mine");
        CivcredException e = assertThrows(CivcredException.class,
                () -> TableExport.write(awkwardRows(), TableExport.Format.CSV, out.toString(), false));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertEquals("mine", Files.readString(out));
        TableExport.write(awkwardRows(), TableExport.Format.CSV, out.toString(), true);
        assertTrue(Files.readString(out).startsWith("name,lag_days"));
    }

    @Test
    void anEmptySelectionStillWritesTheHeader(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("none.csv");
        assertEquals(0, TableExport.write(awkwardRows().where("lag_days > 1000"), TableExport.Format.CSV,
                out.toString(), false).rows());
        assertEquals("name,lag_days,urls,counts\n", Files.readString(out));
    }

    private static scala.collection.Seq<String> scala(List<String> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static scala.collection.Map<String, Long> scalaMap(Map<String, Long> map) {
        return scala.collection.immutable.Map.from(scala.jdk.javaapi.CollectionConverters.asScala(map));
    }
}
