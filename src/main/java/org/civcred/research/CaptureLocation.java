package org.civcred.research;

import java.time.Instant;

/**
 * Where a capture's record lies and what the captures table says about it.
 *
 * @param captureId  WARC-Record-ID as stored in captures
 * @param recordType response or revisit
 * @param url        target URI
 * @param fetchTime  WARC-Date
 * @param charset    the charset civcred's sniffer chose, or null
 * @param warcFile   path or URI of the WARC file
 * @param warcOffset offset of the record's gzip member
 * @param refersTo   for a revisit, the capture it refers to
 */
public record CaptureLocation(String captureId, String recordType, String url, Instant fetchTime, String charset,
                              String warcFile, long warcOffset, String refersTo) {
}
