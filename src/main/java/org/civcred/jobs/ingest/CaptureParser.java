package org.civcred.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Turns one {@code response} or {@code revisit} record into the parts of a capture, checking it on
 * the way: the block digest and the payload digest are recomputed and compared (a payload digest may
 * cover the body as sent or with its transfer coding undone; either matches), the block must hold an
 * HTTP response, and the payload must fit the size limit.
 *
 * <p>The stored body is the entity with transfer and content codings undone (chunked, gzip, deflate,
 * and br when a Brotli decoder is present), so extractors always see the page's own bytes. civcred's
 * own archives already hold decoded bodies (the crawler renames the coding headers). An I/O error
 * while reading the record is damage to the file and is left to the caller.
 */
final class CaptureParser {

    /** The parts of a capture a record gives by itself (metadata and file position come later). */
    record Parsed(String captureId, String recordType, String url, Instant fetchTime, Integer status,
                  String contentType, String payloadDigest, String refersTo, byte[] body) {
    }

    private final long maxPayloadBytes;
    private final TargetChecks targets;

    CaptureParser(long maxPayloadBytes, TargetChecks targets) {
        this.maxPayloadBytes = maxPayloadBytes;
        this.targets = targets;
    }

    Parsed parse(WarcCaptureRecord record) throws IOException, RecordProblem {
        String url = record.target();
        if (url == null || url.isBlank()) {
            throw new RecordProblem("missing-target-uri", record.type() + " record without WARC-Target-URI");
        }
        String scheme = url.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            throw new RecordProblem("not-http", "target is not an http(s) URL: " + url
                    + "; only web pages are ingested (the record stays in its WARC file)");
        }
        targets.check(url);
        byte[] block = limited(record.body().stream(), "record block");
        Optional<WarcDigest> blockDigest = PayloadDigests.declared(record::blockDigest);
        boolean verified = blockDigest.isPresent() && PayloadDigests.matchesAny(blockDigest.get(), block);
        // A block that matches its digest is the one archived, whatever it contains (an archived WARC file).
        int next = verified ? -1 : nextRecordInside(block);
        if (next >= 0) {
            throw new RecordProblem("record-length-mismatch", "the block runs into another WARC record at byte " + next
                    + ": its Content-Length is too long (the file was edited or badly written); the record is skipped,"
                    + " the one after it is read");
        }
        if (blockDigest.isPresent() && !verified) {
            throw new RecordProblem("block-digest-mismatch", "declared " + blockDigest.get()
                    + ", block hashes to " + PayloadDigests.sha1(block)
                    + ": the record was altered or its Content-Length is wrong; recrawl or re-export the page");
        }
        String id = record.id().toString();
        if (record instanceof WarcRevisit revisit) {
            return revisit(revisit, id, url, block);
        }
        return response(record, id, url, block);
    }

    private Parsed revisit(WarcRevisit revisit, String id, String url, byte[] block) {
        Integer status = null;
        String contentType = null;
        if (block.length > 0) {
            try {
                HttpResponse http = inMemory(block);
                status = http.status();
                contentType = http.headers().first("Content-Type").orElse(null);
            } catch (IOException e) {
                // A revisit's block is optional and only informative; the payload lives elsewhere.
            }
        }
        String digest = PayloadDigests.declared(revisit::payloadDigest).map(PayloadDigests::normalized).orElse(null);
        String refersTo = revisit.refersTo().map(URI::toString).orElse(null);
        return new Parsed(id, "revisit", url, revisit.date(), status, contentType, digest, refersTo, null);
    }

    private Parsed response(WarcCaptureRecord record, String id, String url, byte[] block)
            throws IOException, RecordProblem {
        String blockType = record.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!blockType.equals("application/http")) {
            throw new RecordProblem("not-http", "response block is " + blockType + ", not application/http");
        }
        HttpResponse http = httpOf(block);
        byte[] entity = limited(http.body().stream(), "payload");
        byte[] asSent = Arrays.copyOfRange(block, headEnd(block), block.length);
        Optional<WarcDigest> declared = PayloadDigests.declared(record::payloadDigest);
        if (declared.isPresent() && !PayloadDigests.matchesAny(declared.get(), entity, asSent)) {
            throw new RecordProblem("payload-digest-mismatch", "declared " + declared.get()
                    + ", payload hashes to " + PayloadDigests.sha1(entity)
                    + ": the body is not the one archived; recrawl or re-export the page");
        }
        String digest = declared.map(PayloadDigests::normalized).orElseGet(() -> PayloadDigests.sha1(entity));
        byte[] body = hasContentCoding(http) ? decoded(block) : entity;
        return new Parsed(id, "response", url, record.date(), http.status(),
                http.headers().first("Content-Type").orElse(null), digest, null, body);
    }

    private static HttpResponse httpOf(byte[] block) throws RecordProblem {
        try {
            return inMemory(block);
        } catch (ParsingException e) {
            throw new RecordProblem("not-http", "block is not an HTTP response: " + e.getMessage());
        } catch (IOException e) {
            throw new RecordProblem("not-http", "HTTP response cannot be parsed: " + e);
        }
    }

    /**
     * Parses a block held in memory. It goes through a record builder because jwarc sizes a body
     * without Content-Length (close-delimited, as HTTP/1.0 servers send) only when the enclosing
     * block's length is known, which a plain stream does not tell.
     */
    private static HttpResponse inMemory(byte[] block) throws IOException {
        return new WarcResponse.Builder("http://in-memory.invalid/").body(MediaType.HTTP_RESPONSE, block).build().http();
    }

    private byte[] decoded(byte[] block) throws RecordProblem {
        try {
            return limited(httpOf(block).bodyDecoded().stream(), "decoded payload");
        } catch (IOException | RuntimeException e) {
            throw new RecordProblem("content-decoding-failed", "Content-Encoding cannot be undone: " + e);
        }
    }

    private static boolean hasContentCoding(HttpResponse http) {
        return http.headers().all("Content-Encoding").stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .anyMatch(v -> !v.isEmpty() && !v.equals("identity"));
    }

    private byte[] limited(InputStream in, String what) throws IOException, RecordProblem {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxPayloadBytes + 1);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length > maxPayloadBytes) {
            throw new RecordProblem("payload-too-large", what + " exceeds " + maxPayloadBytes
                    + " bytes (setting ingest.max-payload-bytes; a decoded payload this large may be a compression bomb);"
                    + " raise the setting only for pages known to be that large");
        }
        return bytes;
    }

    /** Where a WARC record header starts inside the block (after a blank line), or -1. */
    static int nextRecordInside(byte[] block) {
        byte[] marker = "\r\n\r\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= block.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (block[i + k] != marker[k]) {
                    continue outer;
                }
            }
            return i + 4;
        }
        return -1;
    }

    /** Index of the first body byte: after the blank line ending the HTTP head. */
    static int headEnd(byte[] block) {
        for (int i = 0; i + 1 < block.length; i++) {
            if (block[i] == '\n' && block[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 3 < block.length && block[i] == '\r' && block[i + 1] == '\n' && block[i + 2] == '\r'
                    && block[i + 3] == '\n') {
                return i + 4;
            }
        }
        return block.length;
    }
}
