package org.civcred.jobs.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids derived from content, so reruns and re-crawls produce the same keys. */
public final class DocIds {

    private DocIds() {
    }

    /** A document is one URL with one payload: sha1 of both. */
    public static String document(String url, String payloadDigest) {
        return sha1(url + "\n" + (payloadDigest == null ? "" : payloadDigest));
    }

    /** Lower-case hex sha1 of the UTF-8 text joined by newlines. */
    public static String sha1(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }
}
