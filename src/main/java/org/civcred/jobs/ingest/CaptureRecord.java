package org.civcred.jobs.ingest;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One {@code captures} row before the run id is added: a response or revisit record with the
 * civcred metadata joined to it. Column meanings are those of {@code schemas/captures.json}.
 */
public record CaptureRecord(String captureId, String crawlId, String recordType, String url, String host,
                            String site, String family, Instant fetchTime, Integer status, String contentType,
                            String charset, String payloadDigest, String warcFile, long warcOffset,
                            Long warcLength, String requestMethod, String requestKey, String outcome,
                            String refersTo, byte[] body) implements Serializable {

    /** The row in the column order of {@code schemas/captures.json}. */
    public Row toRow(String runId) {
        return RowFactory.create(captureId, crawlId, recordType, url, host, site, family, Timestamp.from(fetchTime),
                status, contentType, charset, payloadDigest, warcFile, warcOffset, warcLength, requestMethod,
                requestKey, outcome, refersTo, body, runId);
    }
}
