package org.civcred.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableSchema;

/**
 * Measures expectations with Spark SQL over temporary views named after the tables (see
 * {@link EvaluationViews}). The row-wise counts of a table's expectations come from one fused scan
 * ({@link FusedCounts}); unique, ratio and sql expectations are one or two {@code count(*)} queries
 * each, plus a query for up to three offending examples when there are offenders. A query that fails (a misspelt column, a
 * table that does not exist) yields a failed outcome saying why, never an exception.
 */
final class ExpectationEvaluator {

    private static final int EXAMPLES = 3;
    private static final int EXAMPLE_CHARS = 160;

    private record Measure(Double observed, String detail) {
    }

    private final SparkSession session;
    private final Clock clock;

    /** @param session a session whose temporary views hold the tables to evaluate */
    ExpectationEvaluator(SparkSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    List<Outcome> evaluate(String table, Long version, List<Expectation> expectations) {
        // The row-wise counts of every expectation in one scan (FusedCounts); the rest one query each.
        Optional<FusedCounts> fused = FusedCounts.of(session, table, expectations);
        List<Outcome> outcomes = new ArrayList<>();
        for (Expectation e : expectations) {
            outcomes.add(evaluate(table, version, e, fused));
        }
        return outcomes;
    }

    Outcome evaluate(String table, Long version, Expectation e) {
        return evaluate(table, version, e, Optional.empty());
    }

    private Outcome evaluate(String table, Long version, Expectation e, Optional<FusedCounts> fused) {
        Measure m;
        boolean evaluated = true;
        try {
            m = measure(table, e, fused);
        } catch (Exception failure) {
            evaluated = false;
            m = new Measure(null, "could not evaluate: " + oneLine(failure.getMessage()));
        }
        boolean passed = evaluated && (m.observed() == null || e.accepts(m.observed()));
        return new Outcome(table, version, e, m.observed(), passed, m.detail(), clock.instant());
    }

    private Measure measure(String table, Expectation e, Optional<FusedCounts> fused) {
        String t = "`" + table + "`";
        String cols = e.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        return switch (e.kind()) {
            case NOT_NULL -> {
                String where = FusedCounts.nullTest(e);
                long n = fused.flatMap(f -> f.matching(e)).orElseGet(() -> count("SELECT count(*) FROM " + t + " WHERE " + where));
                yield new Measure((double) n, n + " rows with a null in " + String.join(", ", e.columns())
                        + examples(n, "SELECT " + keyColumns(table) + " FROM " + t + " WHERE " + where));
            }
            case UNIQUE -> {
                String groups = "SELECT " + cols + ", count(*) AS copies FROM " + t + " GROUP BY " + cols + " HAVING count(*) > 1";
                long n = count("SELECT coalesce(sum(copies - 1), 0) FROM (" + groups + ")");
                yield new Measure((double) n, n + " rows repeat a value of (" + String.join(", ", e.columns()) + ")"
                        + examples(n, groups));
            }
            case SHARE -> {
                long total = fused.map(FusedCounts::rows).orElseGet(() -> count("SELECT count(*) FROM " + t));
                long matching = fused.flatMap(f -> f.matching(e))
                        .orElseGet(() -> count("SELECT count(*) FROM " + t + " WHERE " + e.predicate()));
                yield new Measure(total == 0 ? null : (double) matching / total,
                        total == 0 ? "no rows" : matching + " of " + total + " rows satisfy " + e.predicate());
            }
            case ROW_COUNT -> {
                long n = fused.map(FusedCounts::rows).orElseGet(() -> count("SELECT count(*) FROM " + t));
                yield new Measure((double) n, n + " rows");
            }
            case RATIO -> {
                long numerator = count("SELECT count(*) FROM " + t + (e.predicate() == null ? "" : " WHERE " + e.predicate()));
                long denominator = count("SELECT count(*) FROM `" + e.denominator() + "`");
                yield new Measure(denominator == 0 ? null : (double) numerator / denominator,
                        numerator + " " + table + " rows" + (e.predicate() == null ? "" : " where " + e.predicate())
                                + " per " + denominator + " " + e.denominator() + " rows");
            }
            case SQL -> {
                long n = count("SELECT count(*) FROM (" + e.sql() + ")");
                yield new Measure((double) n, n + " rows returned" + examples(n, e.sql()));
            }
        };
    }

    private long count(String query) {
        Row row = session.sql(query).first();
        return row.isNullAt(0) ? 0 : ((Number) row.get(0)).longValue();
    }

    /** Up to three offending rows, e.g. {@code ; e.g. [a, b]; [c, d]}, so a reader can find them. */
    private String examples(long offenders, String query) {
        if (offenders == 0) {
            return "";
        }
        List<Row> rows = session.sql(query).limit(EXAMPLES).collectAsList();
        return "; e.g. " + rows.stream().map(r -> truncate(r.toString())).collect(Collectors.joining("; "));
    }

    private static String keyColumns(String table) {
        try {
            return TableSchema.load(table).keys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
        } catch (RuntimeException noSchema) {
            return "*";
        }
    }

    private static String truncate(String s) {
        return s.length() <= EXAMPLE_CHARS ? s : s.substring(0, EXAMPLE_CHARS) + "…";
    }

    private static String oneLine(String s) {
        return s == null ? "" : truncate(s.lines().findFirst().orElse("").trim());
    }
}
