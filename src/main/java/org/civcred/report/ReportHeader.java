package org.civcred.report;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the report's header states: where the figures come from and when they were drawn.
 *
 * @param dataDir   data directory as given
 * @param generated generation time
 * @param tables    each gold table as read, with its row count
 * @param font      the chart font
 * @param examplePairId a pair_id to show in the citation example, or null when there is none
 */
public record ReportHeader(String dataDir, Instant generated, List<TableLine> tables, ChartFont font,
                           String examplePairId) {

    /** One gold table in the header. */
    public record TableLine(TableRead read, long rows) {
    }

    /** Every run id seen in the gold rows, sorted. */
    public List<String> runIds() {
        return tables.stream().flatMap(t -> t.read().runIds().stream()).distinct().sorted().toList();
    }

    /** The {@code --as-of} value that reads exactly these versions again. */
    public String asOfAgain() {
        return tables.stream().filter(t -> t.read().version().isPresent())
                .map(t -> t.read().table() + "=" + t.read().version().getAsLong()).collect(Collectors.joining(","));
    }

    /** A query tracing one overlapping person back to the archived captures (WARC file and offset) behind it. */
    public String citeCommand() {
        String pair = examplePairId == null ? "<pair_id>" : examplePairId.replace("'", "''");
        return "bin/civcred sql --data " + dataDir + " \"SELECT p.pair_id, c.capture_id, c.url, c.fetch_time,"
                + " c.warc_file, c.warc_offset FROM (SELECT pair_id, explode(concat(civ_capture_ids,"
                + " credit_capture_ids)) AS cid FROM overlap_persons WHERE pair_id = '" + pair + "') p"
                + " JOIN captures c ON c.capture_id = p.cid\"";
    }
}
