package org.civcred.mirror.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Byte-level damage done to response bodies; pure functions, one per fault that edits a body. */
final class FaultBodies {

    /** After the page, so the markup the extractors read stays where it was. */
    private static final String UNCLOSED = "\n<div class=\"civcred-garbled\"><table><tr><td><p><span>unclosed <b>";

    private FaultBodies() {
    }

    /** Unclosed tags and binary junk (NUL, stray continuation bytes, a fake BOM) after the page. */
    static byte[] garble(byte[] body, int variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        out.writeBytes(body);
        out.writeBytes(UNCLOSED.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 256; i++) {
            out.write((i * 37 + variant) & 0xff);
        }
        out.writeBytes(new byte[] {0, 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0x80, (byte) 0xC3, '<', '!', '-', '-'});
        return out.toByteArray();
    }

    /** The page padded with an HTML comment to {@code size} bytes (unchanged if already larger). */
    static byte[] oversize(byte[] body, long size) {
        if (body.length >= size) {
            return body;
        }
        byte[] out = Arrays.copyOf(body, (int) Math.min(size, Integer.MAX_VALUE - 16));
        byte[] open = "<!--".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, out, body.length, Math.min(open.length, out.length - body.length));
        Arrays.fill(out, Math.min(body.length + open.length, out.length), out.length, (byte) ' ');
        return out;
    }

    /** A gzip stream whose header is right but whose deflate data and trailer are not. */
    static byte[] brokenGzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] gz = out.toByteArray();
        int end = Math.max(12, gz.length - 8);
        byte[] broken = Arrays.copyOf(gz, end);
        for (int i = 10; i < broken.length; i += 7) {
            broken[i] = (byte) ~broken[i];
        }
        return broken;
    }

    /** The Content-Type that lies about the body: UTF-8 for anything else, no charset for UTF-8. */
    static String wrongCharset(String contentType, byte[] body) {
        String mime = contentType == null ? "text/html" : contentType.split(";")[0].trim();
        return isUtf8(body) ? mime : mime + "; charset=UTF-8";
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
