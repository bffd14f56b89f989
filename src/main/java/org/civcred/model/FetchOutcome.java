package org.civcred.model;

/**
 * What happened to one request, as written into the WARC {@code metadata} record.
 *
 * <p>Every outcome except {@link #RETRY} is final: the URL is done for this crawl and a resumed
 * crawl will not fetch it again.
 */
public enum FetchOutcome {
    /** 2xx with a body; the capture is a {@code response} record. */
    OK("ok", true),
    /** Re-crawl found the same payload (304, or 200 with an unchanged digest); a {@code revisit}. */
    UNCHANGED("unchanged", true),
    /** 3xx; the target was queued (if allowed) as a request of its own. */
    REDIRECT("redirect", true),
    /** A final 4xx (other than a challenge). */
    HTTP_ERROR("http-error", true),
    /** 5xx or 429 after the retry budget was spent. */
    GAVE_UP("gave-up", true),
    /** An anti-bot defence answered (412, __jsl_clearance, status 40001 JSON, captcha). */
    CHALLENGE("challenge", true),
    /** The body exceeded the configured maximum; the truncated prefix is stored. */
    TOO_LARGE("too-large", true),
    /** Connection, DNS or timeout failure after the retry budget was spent. */
    NETWORK_ERROR("network-error", true),
    /** Not fetched: robots.txt disallows it. */
    ROBOTS_DISALLOWED("robots-disallowed", true),
    /** Not fetched: host allowlist, scheme, private address, captcha endpoint, depth. */
    BLOCKED("blocked", true),
    /** Not fetched: pagination or URL-shape trap detected. */
    TRAP("trap", true),
    /** Not fetched: the host was stopped after too many challenges. */
    HOST_STOPPED("host-stopped", true),
    /** A transient failure (429, 503, timeout); the request will be tried again. */
    RETRY("retry", false);

    private final String id;
    private final boolean terminal;

    FetchOutcome(String id, boolean terminal) {
        this.id = id;
        this.terminal = terminal;
    }

    /** The lower-case, hyphenated name used in WARC metadata, statistics and tables. */
    public String id() {
        return id;
    }

    /** Whether the request is finished for this crawl. */
    public boolean isTerminal() {
        return terminal;
    }

    public static FetchOutcome fromId(String id) {
        for (FetchOutcome o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown fetch outcome '" + id + "'");
    }
}
