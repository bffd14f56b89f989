package org.civcred.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A row as one comparable string. The exact form keeps every column as read (a reader's checksum);
 * the content form drops what legitimately differs between two runs over the same sites and keeps
 * the rest:
 * <ul>
 *   <li>run ids and wall-clock times ({@code run_id}, {@code fetch_time}, {@code recorded_at});</li>
 *   <li>where a capture was stored and under which id ({@code capture_id} and the columns holding
 *       capture ids, {@code refers_to}, {@code crawl_id}, {@code warc_file}, {@code warc_offset},
 *       {@code warc_length}, {@code quarantine_id}, which hashes a capture id), inside structs too:
 *       WARC record ids are random and each rerun of a crawl writes its own file;</li>
 *   <li>array order (sets gathered by Spark come in no fixed order), doubles beyond 9 significant
 *       digits (sums in another order), and binary bodies, which stand in as their SHA-1.</li>
 * </ul>
 */
final class RowText {

    static final Set<String> VOLATILE = Set.of("run_id", "fetch_time", "recorded_at", "capture_id", "capture_ids",
            "civ_capture_ids", "credit_capture_ids", "refers_to", "crawl_id", "warc_file", "warc_offset", "warc_length",
            "quarantine_id");

    private RowText() {
    }

    static String exact(Map<String, Object> row) {
        StringBuilder b = new StringBuilder();
        row.forEach((k, v) -> b.append(k).append('=').append(value(v, false)).append('\u0001'));
        return b.toString();
    }

    static String content(Map<String, Object> row) {
        return content(row, Set.of());
    }

    /** The content form, also leaving out {@code ignored} columns. */
    static String content(Map<String, Object> row, Set<String> ignored) {
        StringBuilder b = new StringBuilder();
        row.forEach((k, v) -> {
            if (!VOLATILE.contains(k) && !ignored.contains(k)) {
                b.append(k).append('=').append(value(v, true)).append('\u0001');
            }
        });
        return b.toString();
    }

    /** A 64-bit hash of a string, for order-independent checksums (sums of row hashes). */
    static long hash64(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(Object v, boolean content) {
        if (v == null) {
            return "∅";
        } else if (v instanceof byte[] bytes) {
            return "sha1:" + sha1(bytes);
        } else if (v instanceof Double d && content) {
            return String.format("%.9g", d);
        } else if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(x -> items.add(value(x, content)));
            if (content) {
                items.sort(null);
            }
            return "[" + String.join(",", items) + "]";
        } else if (v instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, x) -> {
                if (!(content && VOLATILE.contains(String.valueOf(k)))) {
                    sorted.put(String.valueOf(k), value(x, content));
                }
            });
            return sorted.toString();
        }
        return v.toString();
    }

    private static String sha1(byte[] bytes) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte x : MessageDigest.getInstance("SHA-1").digest(bytes)) {
                hex.append(String.format("%02x", x));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
