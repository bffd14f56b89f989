package org.civcred.storage;

import java.net.URI;
import java.time.Instant;

/**
 * The earlier capture a re-crawl found unchanged; written as a WARC {@code revisit} record.
 *
 * @param profile     {@code server-not-modified} (HTTP 304) or {@code identical-payload-digest}
 * @param refersTo    WARC-Record-ID of the earlier response record
 * @param refersToUri its WARC-Target-URI
 * @param refersToDate its WARC-Date
 * @param payloadDigest the unchanged payload digest ({@code sha1:BASE32})
 */
public record Revisit(String profile, URI refersTo, String refersToUri, Instant refersToDate,
                      String payloadDigest) {

    public static final String SERVER_NOT_MODIFIED =
            "http://netpreserve.org/warc/1.1/revisit/server-not-modified";
    public static final String IDENTICAL_PAYLOAD_DIGEST =
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";
}
