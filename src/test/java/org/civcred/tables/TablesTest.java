package org.civcred.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {

    private final SparkSession spark = SharedSpark.get();

    @TempDir
    Path dir;

    private Dataset<Row> quarantine(String id, String reason, String run) {
        Row r = RowFactory.create(id, run, "extract", "urn:uuid:1", "http://h/", null, reason, "d",
                Timestamp.valueOf("2026-11-22 00:00:00"));
        return spark.createDataFrame(List.of(r), TableSchema.load("quarantine").structType());
    }

    @Test
    void aTableIsCreatedFromItsSchemaWithCommentsPropertiesAndConstraints() {
        Tables tables = new Tables(spark, dir.toString());
        tables.ensure("documents");
        Row detail = spark.sql("DESCRIBE DETAIL delta.`" + tables.path("documents") + "`").first();
        String props = detail.getAs("properties").toString();
        assertTrue(props.contains("delta.enableChangeDataFeed -> true"), props);
        assertTrue(props.contains("delta.constraints.char_count_non_negative"), props);
        String comment = spark.read().format("delta").load(tables.path("documents")).schema()
                .apply("doc_id").getComment().get();
        assertTrue(comment.contains("the key"), comment);
    }

    @Test
    void aDataDirectoryGivenAsAFileUriWithThreeSlashesWorksLikeItsPath() {
        Tables tables = new Tables(spark, "file://" + dir.toAbsolutePath());
        tables.merge("quarantine", quarantine("q1", "bad", "run-1"), "run-1", false);
        assertEquals(1, new Tables(spark, dir.toString()).read("quarantine").count());
    }

    @Test
    void replacingASliceDeletesItsVanishedRowsAndLeavesOtherSlicesAlone() {
        Tables tables = new Tables(spark, dir.toString());
        tables.merge("quarantine", quarantine("q1", "bad", "run-1").union(quarantine("q2", "bad", "run-1"))
                .union(quarantine("q3", "other", "run-1")), "run-1", false);
        Dataset<Row> scope = spark.sql("SELECT 'bad' AS reason");
        tables.replaceWithin("quarantine", quarantine("q2", "bad", "run-2"), scope, "run-2");
        List<String> ids = tables.read("quarantine").orderBy("quarantine_id").collectAsList().stream()
                .map(r -> r.<String>getAs("quarantine_id") + ":" + r.getAs("run_id")).toList();
        assertEquals(List.of("q2:run-1", "q3:run-1"), ids, "q1 vanished from its slice, q2 unchanged, q3 untouched");
    }

    @Test
    void mergingTheSameRowsTwiceLeavesTheTableAsItWas() {
        Tables tables = new Tables(spark, dir.toString());
        tables.merge("quarantine", quarantine("q1", "bad", "run-1"), "run-1", false);
        tables.merge("quarantine", quarantine("q1", "bad", "run-2"), "run-2", false);
        List<Row> rows = tables.read("quarantine").collectAsList();
        assertEquals(1, rows.size());
        assertEquals("run-1", rows.get(0).getAs("run_id"), "an unchanged row keeps the run that wrote it");
        tables.merge("quarantine", quarantine("q1", "worse", "run-3"), "run-3", false);
        assertEquals("run-3", tables.read("quarantine").first().getAs("run_id"), "a changed row is updated");
    }

    @Test
    void rebuildingDeletesRowsTheSourceNoLongerHas() {
        Tables tables = new Tables(spark, dir.toString());
        tables.merge("quarantine", quarantine("q1", "a", "r1").union(quarantine("q2", "b", "r1")), "r1", true);
        tables.merge("quarantine", quarantine("q2", "b", "r2"), "r2", true);
        assertEquals(List.of("q2"), tables.read("quarantine").select("quarantine_id").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
    }

    @Test
    void eachCommitCarriesTheRunIdInUserMetadata() {
        Tables tables = new Tables(spark, dir.toString());
        tables.merge("quarantine", quarantine("q1", "a", "run-42"), "run-42", false);
        Row last = io.delta.tables.DeltaTable.forPath(spark, tables.path("quarantine")).history(1).first();
        Object metadata = last.getAs("userMetadata");
        assertTrue(String.valueOf(metadata).contains("run-42"), String.valueOf(metadata));
    }

    @Test
    void aNullKeyIsRefusedByTheNotNullConstraint() {
        Tables tables = new Tables(spark, dir.toString());
        assertThrows(Exception.class, () -> tables.merge("quarantine", quarantine(null, "a", "r"), "r", false));
    }

    @Test
    void aFrameMissingAColumnIsANamedError() {
        Tables tables = new Tables(spark, dir.toString());
        Exception e = assertThrows(Exception.class,
                () -> tables.merge("quarantine", quarantine("q", "a", "r").drop("reason"), "r", false));
        assertTrue(e.getMessage().contains("reason"), e.getMessage());
    }
}
