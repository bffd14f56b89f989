package org.civcred.jobs.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC files as another crawler or a web archive writes them: plain jwarc, no civcred metadata.
 * Digests are declared the usual way (sha1, base32) unless a test says otherwise.
 */
public final class ForeignWarcs {

    public static final Instant DATE = Instant.parse("2019-05-01T10:00:00Z");

    private ForeignWarcs() {
    }

    /** Writes the records, each its own gzip member when {@code gzip}. */
    public static Path write(Path file, boolean gzip, WarcRecord... records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }

    public static Warcinfo warcinfo(String isPartOf) {
        String fields = "software: other-crawler/2.0\r\nisPartOf: " + isPartOf + "\r\n";
        return new Warcinfo.Builder().date(DATE).body(MediaType.WARC_FIELDS, fields.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** An HTML 200 response with correct digests. */
    public static WarcResponse html(String url, String html) {
        return response(url, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n",
                html.getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * A response with the given head and body as sent; {@code declaredPayload} overrides the payload
     * digest (null = the correct one).
     */
    public static WarcResponse response(String url, String head, byte[] sent, WarcDigest declaredPayload) {
        byte[] block = concat(head.getBytes(StandardCharsets.ISO_8859_1), sent);
        return new WarcResponse.Builder(url).date(DATE)
                .blockDigest(sha1(block))
                .payloadDigest(declaredPayload != null ? declaredPayload : sha1(sent))
                .body(MediaType.HTTP_RESPONSE, block).build();
    }

    public static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** {@code bytes} as one HTTP chunk plus the last-chunk marker. */
    public static byte[] chunked(byte[] bytes) {
        return concat(concat((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII), bytes),
                "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
