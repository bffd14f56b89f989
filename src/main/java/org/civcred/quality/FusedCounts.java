package org.civcred.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The counts of a table's row-wise expectations (not_null, share, row_count) taken in one scan: one
 * {@code count_if} per condition and one {@code count(*)}. Measured one query each, a table with
 * ten expectations was scanned ten times, and every query pays Delta's snapshot and Spark's
 * planning again; at a million pages that is minutes per job. When the fused query cannot run (a
 * misspelt column in one expectation), there are no fused counts and each expectation is measured
 * on its own, so the faulty one reports its own error.
 */
final class FusedCounts {

    private final Map<String, Long> byCondition;
    private final long rows;

    private FusedCounts(Map<String, Long> byCondition, long rows) {
        this.byCondition = byCondition;
        this.rows = rows;
    }

    static Optional<FusedCounts> of(SparkSession session, String table, List<Expectation> expectations) {
        List<String> conditions = new ArrayList<>();
        for (Expectation e : expectations) {
            condition(e).filter(c -> !conditions.contains(c)).ifPresent(conditions::add);
        }
        boolean wantsRows = expectations.stream().anyMatch(e -> e.kind() == Kind.ROW_COUNT || e.kind() == Kind.SHARE);
        if (conditions.isEmpty() && !wantsRows) {
            return Optional.empty();
        }
        String counts = conditions.stream().map(c -> "count_if(" + c + ")").collect(Collectors.joining(", "));
        String query = "SELECT count(*)" + (counts.isEmpty() ? "" : ", " + counts) + " FROM `" + table + "`";
        Row row;
        try {
            row = session.sql(query).first();
        } catch (Exception unrunnable) {
            return Optional.empty();
        }
        Map<String, Long> byCondition = new HashMap<>();
        for (int i = 0; i < conditions.size(); i++) {
            byCondition.put(conditions.get(i), row.isNullAt(i + 1) ? 0L : row.getLong(i + 1));
        }
        return Optional.of(new FusedCounts(byCondition, row.getLong(0)));
    }

    /** The rows matching a not_null expectation's null test or a share's predicate, as counted in the scan. */
    Optional<Long> matching(Expectation e) {
        return condition(e).map(byCondition::get);
    }

    long rows() {
        return rows;
    }

    /** The condition counted for an expectation: its null test (not_null) or its predicate (share). */
    static Optional<String> condition(Expectation e) {
        return switch (e.kind()) {
            case NOT_NULL -> Optional.of(nullTest(e));
            case SHARE -> Optional.of("(" + e.predicate() + ")");
            default -> Optional.empty();
        };
    }

    static String nullTest(Expectation e) {
        return e.columns().stream().map(c -> "`" + c + "` IS NULL").collect(Collectors.joining(" OR "));
    }
}
