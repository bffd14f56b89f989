package org.civcred.storage;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code application/warc-fields} body of the metadata record that closes every group: what
 * happened to the request, in {@code name: value} lines. Recovery, statistics and the jobs read
 * these fields, so their names are a contract; {@code FetchRecord.extra()} entries are added as
 * {@code civcred-<key>} after the fixed fields, sorted by key.
 */
final class MetadataFields {

    static final String CRAWL_ID = "civcred-crawl-id";
    static final String REQUEST_KEY = "civcred-request-key";
    static final String OUTCOME = "civcred-outcome";
    static final String FINAL = "civcred-final";
    static final String DETAIL = "civcred-detail";
    static final String ATTEMPT = "civcred-attempt";
    static final String DEPTH = "civcred-depth";
    static final String SITE = "civcred-site";
    static final String FAMILY = "civcred-family";
    static final String FETCH_TIME = "civcred-fetch-time";
    /** Extra key {@code purpose}: {@code robots} marks a robots.txt fetch. */
    static final String PURPOSE = "civcred-purpose";
    static final String PREFIX = "civcred-";

    private MetadataFields() {
    }

    static Map<String, String> of(FetchRecord r, String defaultCrawlId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CRAWL_ID, r.crawlId() == null || r.crawlId().isBlank() ? defaultCrawlId : r.crawlId());
        fields.put(REQUEST_KEY, r.request().key());
        fields.put(OUTCOME, r.outcome().id());
        fields.put(FINAL, Boolean.toString(r.outcome().isTerminal()));
        fields.put(DETAIL, r.detail());
        fields.put(ATTEMPT, Integer.toString(r.attempt()));
        fields.put(DEPTH, Integer.toString(r.depth()));
        fields.put(SITE, r.siteId() == null ? "" : r.siteId());
        fields.put(FAMILY, r.family());
        fields.put(FETCH_TIME, r.fetchTime().toString());
        new TreeMap<>(r.extra()).forEach((key, value) -> fields.putIfAbsent(PREFIX + fieldName(key), value));
        return fields;
    }

    static byte[] encode(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) ->
                text.append(name).append(": ").append(HttpBlocks.oneLine(value).strip()).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads fields back; the first occurrence of a name wins, lines without a colon are skipped. */
    static Map<String, String> decode(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    /** A field name cannot hold separators or blanks; anything else is kept. */
    private static String fieldName(String key) {
        return key.strip().replaceAll("[\\s:]+", "-");
    }
}
