package org.civcred.jobs.extract;

import java.io.Serializable;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.civcred.model.CrawlRequest;
import org.civcred.site.Page;

/**
 * One archived page as the extract job sees it: the {@code captures} columns it needs, with the
 * payload resolved (a revisit carries the payload of the capture it refers to).
 */
public record CaptureInput(String captureId, String url, String host, String site, String family,
                           Timestamp fetchTime, int status, String contentType, byte[] body,
                           String payloadDigest, String requestMethod, String formBody,
                           String warcFile, long warcOffset) implements Serializable {

    /** From a {@code captures} row (columns by name). */
    public static CaptureInput fromRow(Row r) {
        Integer status = r.getAs("status");
        String key = r.getAs("request_key");
        String method = r.getAs("request_method");
        return new CaptureInput(r.getAs("capture_id"), r.getAs("url"), r.getAs("host"), r.getAs("site"),
                r.getAs("family"), r.getAs("fetch_time"), status == null ? 0 : status, r.getAs("content_type"),
                r.getAs("body"), r.getAs("payload_digest"), method == null ? "GET" : method, formBodyOf(key),
                r.getAs("warc_file"), r.<Long>getAs("warc_offset"));
    }

    /** The same capture with the site and family the extract step decided (for unmapped hosts). */
    public CaptureInput withSiteAndFamily(String newSite, String newFamily) {
        return new CaptureInput(captureId, url, host, newSite, newFamily, fetchTime, status, contentType, body,
                payloadDigest, requestMethod, formBody, warcFile, warcOffset);
    }

    /** The page for the site extractors; a POST keeps its form so list pagination is reproduced. */
    public Page page() {
        CrawlRequest request = "POST".equals(requestMethod) ? CrawlRequest.post(url, formBody) : CrawlRequest.get(url);
        return Page.of(request, status, contentType, body);
    }

    /** {@code POST url a=1&b=2} → {@code a=1&b=2}; anything else → empty. */
    static String formBodyOf(String requestKey) {
        if (requestKey == null || !requestKey.startsWith("POST ")) {
            return "";
        }
        int space = requestKey.indexOf(' ', 5);
        return space < 0 ? "" : requestKey.substring(space + 1);
    }
}
