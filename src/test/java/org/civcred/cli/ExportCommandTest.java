package org.civcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export writes the mirror's gold rows to files that read back to the same rows. */
class ExportCommandTest {

    private static String data;
    private static Dataset<Row> persons;

    @TempDir
    Path out;

    private Terminal terminal;

    @BeforeAll
    static void readTheMirrorsTables() {
        data = MirrorPipeline.get().data().toString();
        persons = SharedSpark.get().read().format("delta").load(data + "/tables/overlap_persons");
    }

    @BeforeEach
    void captureTheTerminal() {
        terminal = new Terminal();
    }

    @AfterEach
    void restoreTheTerminal() {
        terminal.close();
    }

    @Test
    void csvReadsBackToTheSameRowsWithArraysAsJson() {
        Path csv = out.resolve("persons.csv");
        assertEquals(0, terminal.run("export", "overlap_persons", "--data", data, "--format", "csv", "--out", csv.toString()),
                terminal.err());
        long rows = persons.count();
        assertTrue(rows > 0 && terminal.out().startsWith("exported " + rows + " rows of overlap_persons v"), terminal.out());
        SparkSession spark = SharedSpark.get();
        Dataset<Row> back = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(csv.toString());
        assertEquals(rows, back.count());
        Dataset<Row> expected = persons.select(functions.col("pair_id"), functions.col("name"),
                functions.to_json(functions.col("civ_capture_ids")).as("civ_capture_ids"),
                functions.col("evidence"));
        Dataset<Row> actual = back.select("pair_id", "name", "civ_capture_ids", "evidence");
        assertEquals(0, expected.exceptAll(actual).count() + actual.exceptAll(expected).count());
    }

    @Test
    void parquetWithACondition() {
        Path parquet = out.resolve("tianjin.parquet");
        String where = "region_code LIKE '12%'";
        assertEquals(0, terminal.run("export", "overlap_persons", "--data", data, "--format", "parquet",
                "--where", where, "--out", parquet.toString()), terminal.err());
        long expected = persons.where(where).count();
        assertTrue(Files.isRegularFile(parquet));
        assertEquals(expected, SharedSpark.get().read().parquet(parquet.toString()).count());
        assertTrue(terminal.out().startsWith("exported " + expected + " rows"), terminal.out());
    }

    @Test
    void aPastVersionOfTheTableIsExported() {
        // Version 0 is the table's creation, before any row was merged in.
        Path csv = out.resolve("v0.csv");
        assertEquals(0, terminal.run("export", "overlap_persons", "--data", data, "--as-of", "v0", "--out", csv.toString()),
                terminal.err());
        assertTrue(terminal.out().startsWith("exported 0 rows of overlap_persons v0 (version 0 of overlap_persons)"),
                terminal.out());
    }

    @Test
    void anUnknownTableIsRefusedListingTheTables() {
        assertEquals(2, terminal.run("export", "persons", "--data", data, "--out", out.resolve("x.csv").toString()));
        assertTrue(terminal.err().contains("No table 'persons'") && terminal.err().contains("overlap_persons"), terminal.err());
    }

    @Test
    void aConditionNamingNoColumnIsRefusedListingTheColumns() {
        assertEquals(2, terminal.run("export", "overlap_persons", "--data", data, "--where", "province = 'x'",
                "--out", out.resolve("x.csv").toString()));
        assertTrue(terminal.err().contains("--where does not apply to overlap_persons")
                && terminal.err().contains("lag_days"), terminal.err());
        assertEquals(List.of(), List.of(out.toFile().list()));
    }
}
