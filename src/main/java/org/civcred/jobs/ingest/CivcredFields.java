package org.civcred.jobs.ingest;

import org.netpreserve.jwarc.MessageHeaders;

/**
 * The fields of a civcred {@code metadata} record that the captures table keeps. The crawler writes
 * one after every response or revisit, pointing at it with {@code WARC-Concurrent-To}; their names
 * are a contract with {@code org.civcred.storage.WarcStore}. Empty values are read as absent.
 *
 * @param crawlId    civcred-crawl-id
 * @param requestKey civcred-request-key ({@code GET url} or {@code POST url sorted-form})
 * @param outcome    civcred-outcome (ok, unchanged, challenge, …)
 * @param site       civcred-site (profile id)
 * @param family     civcred-family
 */
record CivcredFields(String crawlId, String requestKey, String outcome, String site, String family) {

    static CivcredFields of(MessageHeaders fields) {
        return new CivcredFields(value(fields, "civcred-crawl-id"), value(fields, "civcred-request-key"),
                value(fields, "civcred-outcome"), value(fields, "civcred-site"), value(fields, "civcred-family"));
    }

    /** Whether the record carried civcred fields at all (a foreign metadata record does not). */
    boolean isCivcred() {
        return requestKey != null || outcome != null || crawlId != null;
    }

    /** GET or POST, from the request key. */
    String requestMethod() {
        if (requestKey == null) {
            return null;
        }
        int space = requestKey.indexOf(' ');
        return space < 0 ? null : requestKey.substring(0, space);
    }

    private static String value(MessageHeaders fields, String name) {
        return fields.first(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
