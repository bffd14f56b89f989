package org.civcred.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.tables.Tables;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of expectation, passing and failing, on two small Delta tables: {@code people} (four
 * rows: one id repeated, one name missing, two known region codes, one unknown, one null) and
 * {@code visits} (forty rows).
 */
class ExpectationKindsTest {

    private static final SparkSession SPARK = SharedSpark.get();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static EvaluationViews views;

    @BeforeAll
    static void writeTheTables() {
        Tables tables = new Tables(SPARK, dir.toString());
        StructType people = new StructType().add("id", DataTypes.StringType).add("name", DataTypes.StringType)
                .add("region_code", DataTypes.StringType);
        SPARK.createDataFrame(List.of(RowFactory.create("1", "王芳", "120000"), RowFactory.create("2", null, "110000"),
                        RowFactory.create("3", "李强", "999999"), RowFactory.create("3", "赵敏", null)), people)
                .write().format("delta").save(tables.path("people"));
        List<Row> visits = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            visits.add(RowFactory.create(i));
        }
        SPARK.createDataFrame(visits, new StructType().add("n", DataTypes.IntegerType))
                .write().format("delta").save(tables.path("visits"));
        views = new EvaluationViews(SPARK, tables);
    }

    private static Outcome evaluate(Expectation e) {
        views.registerCommitted("people", 0, List.of(e));
        return new ExpectationEvaluator(views.session(), CLOCK).evaluate("people", 0L, e);
    }

    private static Expectation expect(Kind kind, List<String> columns, String predicate, String denominator, String sql,
                                      Double min, Double max) {
        return new Expectation("probe", Severity.HARD, kind, null, columns, predicate, denominator, sql, min, max);
    }

    @Test
    void notNullPassesOnAFullColumnAndCountsTheNullsOfAnother() {
        assertTrue(evaluate(expect(Kind.NOT_NULL, List.of("id"), null, null, null, null, null)).passed());
        Outcome names = evaluate(expect(Kind.NOT_NULL, List.of("id", "name"), null, null, null, null, null));
        assertFalse(names.passed());
        assertEquals(1.0, names.observed());
        assertEquals("= 0", names.expectation().threshold());
        assertTrue(names.detail().contains("1 rows with a null in id, name"), names.detail());
    }

    @Test
    void uniqueCountsTheRowsBeyondTheFirstOfEachRepeatedValue() {
        assertTrue(evaluate(expect(Kind.UNIQUE, List.of("id", "name"), null, null, null, null, null)).passed());
        Outcome ids = evaluate(expect(Kind.UNIQUE, List.of("id"), null, null, null, null, null));
        assertFalse(ids.passed());
        assertEquals(1.0, ids.observed());
        assertTrue(ids.detail().contains("[3,2]"), ids.detail());
    }

    @Test
    void shareOfKnownRegionCodesIsMeasuredAgainstTheDivisionTable() {
        Outcome half = evaluate(expect(Kind.SHARE, List.of(), "known_region_code(region_code)", null, null, 0.5, null));
        assertTrue(half.passed(), half.summary());
        assertEquals(0.5, half.observed());
        Outcome strict = evaluate(expect(Kind.SHARE, List.of(), "known_region_code(region_code)", null, null, 0.6, null));
        assertFalse(strict.passed());
        assertEquals(">= 0.6", strict.expectation().threshold());
        assertFalse(evaluate(expect(Kind.SHARE, List.of(), "name IS NULL", null, null, null, 0.2)).passed());
    }

    @Test
    void rowCountHoldsTheTableToItsMinimum() {
        assertTrue(evaluate(expect(Kind.ROW_COUNT, List.of(), null, null, null, 4.0, null)).passed());
        Outcome tooFew = evaluate(expect(Kind.ROW_COUNT, List.of(), null, null, null, 5.0, null));
        assertFalse(tooFew.passed());
        assertEquals(4.0, tooFew.observed());
    }

    @Test
    void ratioDividesByTheRowsOfAnotherTable() {
        Outcome tenth = evaluate(expect(Kind.RATIO, List.of(), null, "visits", null, null, 0.1));
        assertTrue(tenth.passed(), tenth.summary());
        assertEquals(0.1, tenth.observed());
        assertFalse(evaluate(expect(Kind.RATIO, List.of(), null, "visits", null, null, 0.05)).passed());
        Outcome filtered = evaluate(expect(Kind.RATIO, List.of(), "id = '3'", "visits", null, null, 0.05));
        assertTrue(filtered.passed(), filtered.summary());
        assertEquals(0.05, filtered.observed());
    }

    @Test
    void sqlPassesWhenTheQueryReturnsNothingAndShowsTheRowsWhenItDoesNot() {
        assertTrue(evaluate(expect(Kind.SQL, List.of(), null, null, "SELECT id FROM people WHERE id = '9'", null, null))
                .passed());
        Outcome unknown = evaluate(expect(Kind.SQL, List.of(), null, null,
                "SELECT id, region_code FROM people WHERE region_code IS NOT NULL AND NOT known_region_code(region_code)",
                null, null));
        assertFalse(unknown.passed());
        assertEquals(1.0, unknown.observed());
        assertTrue(unknown.detail().contains("[3,999999]"), unknown.detail());
    }

    @Test
    void anExpectationThatCannotBeEvaluatedFailsWithTheReason() {
        Outcome broken = evaluate(expect(Kind.NOT_NULL, List.of("nickname"), null, null, null, null, null));
        assertFalse(broken.passed());
        assertNull(broken.observed());
        assertTrue(broken.detail().startsWith("could not evaluate"), broken.detail());
    }

    @Test
    void onlyAFailingHardExpectationBlocks() {
        Expectation hard = expect(Kind.ROW_COUNT, List.of(), null, null, null, 5.0, null);
        Expectation warn = new Expectation("probe", Severity.WARN, Kind.ROW_COUNT, null, null, null, null, null, 5.0, null);
        assertTrue(evaluate(hard).blocks());
        assertFalse(evaluate(warn).blocks());
        assertFalse(evaluate(warn).passed());
    }
}
