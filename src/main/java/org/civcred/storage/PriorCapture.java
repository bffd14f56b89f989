package org.civcred.storage;

import java.net.URI;
import java.time.Instant;

/**
 * The latest successful capture of a request in any earlier crawl, used for conditional GET and
 * revisit records on re-crawl.
 *
 * @param requestKey    {@link org.civcred.model.CrawlRequest#key()}
 * @param recordId      WARC-Record-ID of the response record
 * @param targetUri     its WARC-Target-URI
 * @param date          its WARC-Date
 * @param payloadDigest {@code sha1:BASE32}
 * @param etag          the ETag header it was served with, or null
 * @param lastModified  the Last-Modified header it was served with, or null
 * @param warcFile      the WARC file holding it
 * @param offset        the response record's offset in that file
 */
public record PriorCapture(String requestKey, URI recordId, String targetUri, Instant date,
                           String payloadDigest, String etag, String lastModified,
                           String warcFile, long offset) {
}
