package org.civcred.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One declared expectation of a table, as written in {@code expectations/<table>.yaml}.
 *
 * @param name        unique within the table; names the expectation in dq_results and in errors
 * @param severity    hard or warn
 * @param kind        what is measured
 * @param description why it matters, in a sentence (optional)
 * @param columns     for not_null and unique
 * @param predicate   a Spark SQL boolean expression over the table's columns, for share (required) and ratio
 *                    (optional filter on the numerator)
 * @param denominator for ratio: the table whose row count divides
 * @param sql         for sql: a query naming the offending rows; tables are referred to by name
 * @param min         lower bound of the observed value (share, row_count, ratio)
 * @param max         upper bound of the observed value; for the row-counting kinds, the offending rows allowed
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Expectation(String name, Severity severity, Kind kind, String description, List<String> columns,
                          String predicate, String denominator, String sql, Double min, Double max) {

    public Expectation {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The problems with this declaration, each one sentence; empty when it can be evaluated. */
    List<String> problems() {
        List<String> p = new ArrayList<>();
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            p.add("name '" + name + "' must be lower_snake_case");
        }
        if (severity == null) {
            p.add("severity is missing (hard or warn)");
        }
        if (kind == null) {
            p.add("kind is missing");
            return p;
        }
        switch (kind) {
            case NOT_NULL, UNIQUE -> require(p, !columns.isEmpty(), "columns");
            case SHARE -> require(p, predicate != null && (min != null || max != null), "predicate and min or max");
            case ROW_COUNT -> require(p, min != null || max != null, "min or max");
            case RATIO -> require(p, denominator != null && (min != null || max != null), "denominator and min or max");
            case SQL -> require(p, sql != null && !sql.isBlank(), "sql");
        }
        return p;
    }

    private void require(List<String> problems, boolean ok, String what) {
        if (!ok) {
            problems.add("kind " + kind.yamlName() + " needs " + what);
        }
    }

    /** Whether {@code observed} meets the bounds; the row-counting kinds allow {@code max} (default 0) offenders. */
    boolean accepts(double observed) {
        double upper = max != null ? max : kind.countsOffenders() ? 0 : Double.POSITIVE_INFINITY;
        double lower = min != null ? min : Double.NEGATIVE_INFINITY;
        return observed >= lower && observed <= upper;
    }

    /** The condition in words, as stored in dq_results.threshold: {@code = 0}, {@code >= 0.6}, {@code <= 0.05}. */
    String threshold() {
        if (kind.countsOffenders() && min == null) {
            return max == null || max == 0 ? "= 0" : "<= " + number(max);
        }
        if (min != null && max != null) {
            return "between " + number(min) + " and " + number(max);
        }
        return min != null ? ">= " + number(min) : "<= " + number(max);
    }

    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
