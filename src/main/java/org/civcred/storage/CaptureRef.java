package org.civcred.storage;

import java.net.URI;

/**
 * Where a record group landed: enough to cite the archived page and to read it back.
 *
 * @param warcFile      full path/URI of the WARC file
 * @param offset        byte offset of the response (or revisit, or lone metadata) record's gzip member
 * @param length        compressed length of that member
 * @param recordId      WARC-Record-ID of the response/revisit record (or the metadata record)
 * @param payloadDigest {@code sha1:BASE32} of the payload, or null when there was no response
 */
public record CaptureRef(String warcFile, long offset, long length, URI recordId, String payloadDigest) {
}
