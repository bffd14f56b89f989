package org.civcred.jobs.ingest;

/**
 * What reading a WARC file yields, in file order: captures, problems, and one summary at the end
 * of each file (so the job counts files and records without a second pass).
 *
 * @param capture a capture, or null
 * @param problem a quarantine entry, or null
 * @param file    for the summary: the file read, else null
 * @param records for the summary: WARC records read from the file
 */
record IngestItem(CaptureRecord capture, QuarantineEntry problem, String file, long records) {

    static IngestItem of(CaptureRecord capture) {
        return new IngestItem(capture, null, null, 0);
    }

    static IngestItem of(QuarantineEntry problem) {
        return new IngestItem(null, problem, null, 0);
    }

    static IngestItem summary(String file, long records) {
        return new IngestItem(null, null, file, records);
    }
}
