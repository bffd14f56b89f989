package org.civcred.quality;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The result of evaluating one expectation on one version of a table: a value, not an exception.
 *
 * @param table        the table
 * @param tableVersion the Delta version evaluated, or null (no table yet, or rows not yet merged)
 * @param expectation  what was expected
 * @param observed     the measured value, or null when there was nothing to measure or it failed
 * @param passed       whether the threshold was met
 * @param detail       what was measured, with offending examples when there are any
 * @param evaluatedAt  when
 */
public record Outcome(String table, Long tableVersion, Expectation expectation, Double observed, boolean passed,
                      String detail, Instant evaluatedAt) {

    /** True when this outcome must stop the run. */
    public boolean blocks() {
        return !passed && expectation.severity() == Severity.HARD;
    }

    /** The same outcome, recorded against another version (gold rows checked before their merge). */
    public Outcome atVersion(Long version) {
        return new Outcome(table, version, expectation, observed, passed, detail, evaluatedAt);
    }

    /** One line for logs and errors. */
    public String summary() {
        return expectation.severity().yamlName() + " expectation '" + expectation.name() + "' on " + table
                + (passed ? " passed" : " failed") + ": observed " + (observed == null ? "nothing" : Expectation.number(observed))
                + ", expected " + expectation.threshold() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /** The dq_results row, in the column order of {@code schemas/dq_results.json}. */
    Row toRow(String runId, String job) {
        return RowFactory.create(runId, job, table, tableVersion, expectation.name(), expectation.severity().yamlName(),
                expectation.kind().yamlName(), observed, expectation.threshold(), passed, detail,
                Timestamp.from(evaluatedAt));
    }
}
