package org.civcred.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;

/** WARC response records for the corpus, with correct digests unless a caller breaks them on purpose. */
final class Records {

    static final Instant FETCHED = Instant.parse("2020-06-01T08:00:00Z");
    static final String HTML_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n";

    private Records() {
    }

    static WarcResponse html(String url, String html) {
        return response(url, HTML_HEAD, utf8(html));
    }

    static WarcResponse response(String url, String head, byte[] body) {
        byte[] block = concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
        return new WarcResponse.Builder(url).date(FETCHED).blockDigest(sha1(block)).payloadDigest(sha1(body))
                .body(MediaType.HTTP_RESPONSE, block).build();
    }

    /** A response whose declared digests are given (null = left out). */
    static WarcResponse withDigests(String url, String html, WarcDigest block, WarcDigest payload) {
        byte[] bytes = concat(HTML_HEAD.getBytes(StandardCharsets.ISO_8859_1), utf8(html));
        WarcResponse.Builder b = new WarcResponse.Builder(url).date(FETCHED).body(MediaType.HTTP_RESPONSE, bytes);
        if (block != null) {
            b.blockDigest(block);
        }
        if (payload != null) {
            b.payloadDigest(payload);
        }
        return b.build();
    }

    /** A wenming article page the trs-article extractor reads: title, date meta and body. */
    static String article(String title, String published, String body) {
        return "<html><head><title>" + title + "_中国文明网</title>"
                + (published == null ? "" : "<meta name=\"publishdate\" content=\"" + published + "\">")
                + "</head><body><div id=\"title_tex\">" + title + "</div><div id=\"tex\"><div class=\"TRS_Editor\"><p>"
                + body + "</p></div></div></body></html>";
    }

    /** A 好人365 story: its first paragraph is the profile the hr365-story page type reads as one entry. */
    static String story(String name, String region, String listed) {
        return article(name + "：好人的故事", null, name + "，男，1980年5月生，" + region + "，" + listed
                + "，入选“中国好人榜”。他多年来照顾孤寡老人，邻里称道。");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code size} zero bytes, gzip-compressed (about a thousandth of the size). */
    static byte[] gzipOfZeros(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros, 0, Math.min(zeros.length, size - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
