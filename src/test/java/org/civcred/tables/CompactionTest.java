package org.civcred.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

    private static final int APPENDS = 6;

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path dir;

    private Dataset<Row> clusterRows(int run) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(RowFactory.create("doc-" + run + "-" + i, "c-" + run, i == 0, 0.9, false, "run-" + run));
        }
        return spark.createDataFrame(rows, TableSchema.load("doc_clusters").structType()).coalesce(1);
    }

    private Tables tablesAfterManySmallAppends() {
        Tables tables = new Tables(spark, dir.toString());
        for (int run = 0; run < APPENDS; run++) {
            tables.append("doc_clusters", clusterRows(run), "run-" + run);
        }
        return tables;
    }

    private long files(Tables tables) {
        return spark.sql("DESCRIBE DETAIL delta.`" + tables.path("doc_clusters") + "`").first().<Long>getAs("numFiles");
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.orderBy("doc_id").collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void manySmallAppendsAreCompactedAndReadersTimeTravelAndTheChangeFeedSeeTheSameRows() {
        Tables tables = tablesAfterManySmallAppends();
        long before = files(tables);
        long versionBefore = tables.version("doc_clusters").getAsLong();
        List<String> rowsBefore = sorted(tables.read("doc_clusters"));
        List<String> feedBefore = sorted(changeFeed(tables, versionBefore - APPENDS + 1, versionBefore));

        Optional<Compaction.Outcome> outcome = new Compaction(tables, 4, 128L << 20).compactIfFragmented("doc_clusters", "run-opt");

        assertTrue(outcome.isPresent(), "6 files of a few KiB each are fragmented");
        assertTrue(before >= APPENDS, "each append added a file: " + before);
        assertEquals(1, files(tables));
        assertEquals(versionBefore + 1, tables.version("doc_clusters").getAsLong());
        assertEquals(rowsBefore, sorted(tables.read("doc_clusters")));
        assertEquals(rowsBefore, sorted(tables.readAt("doc_clusters", versionBefore)), "time travel to before the OPTIMIZE");
        long secondMerge = versionBefore - APPENDS + 2;
        assertEquals(6, tables.readAt("doc_clusters", secondMerge).count(), "an older version still reads its own rows");
        assertEquals(feedBefore, sorted(changeFeed(tables, versionBefore - APPENDS + 1, versionBefore + 1)), "the OPTIMIZE commit adds no change rows");
        assertEquals(0, changeFeed(tables, versionBefore + 1, versionBefore + 1).count());
    }

    @Test
    void aTableWithFewFilesIsLeftAsItIsAndTheProtocolStaysReadableByPlainReaders() {
        Tables tables = tablesAfterManySmallAppends();
        Row protocolBefore = spark.sql("DESCRIBE DETAIL delta.`" + tables.path("doc_clusters") + "`")
                .select("minReaderVersion", "properties").first();

        assertTrue(new Compaction(tables, 100, 128L << 20).compactIfFragmented("doc_clusters", "run-x").isEmpty());
        new Compaction(tables, 4, 128L << 20).compact("doc_clusters", "run-opt");

        Row protocolAfter = spark.sql("DESCRIBE DETAIL delta.`" + tables.path("doc_clusters") + "`")
                .select("minReaderVersion", "properties").first();
        assertEquals(protocolBefore.getInt(0), protocolAfter.getInt(0));
        assertEquals(protocolBefore.getMap(1), protocolAfter.getMap(1));
        assertTrue(protocolAfter.getMap(1).toString().contains("delta.enableDeletionVectors -> false"));
    }

    private Dataset<Row> changeFeed(Tables tables, long from, long to) {
        return spark.read().format("delta").option("readChangeFeed", "true").option("startingVersion", from)
                .option("endingVersion", to).load(tables.path("doc_clusters"))
                .drop("_commit_version", "_commit_timestamp");
    }
}
