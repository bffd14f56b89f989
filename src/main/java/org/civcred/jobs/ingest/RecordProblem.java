package org.civcred.jobs.ingest;

/** A record that was read but cannot become a capture; becomes a quarantine row with this reason. */
final class RecordProblem extends Exception {

    private final String reason;

    RecordProblem(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
