package org.civcred.mirror.fault;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The faults the mirror can stage. Each kind is, by design, either transient (the first
 * {@code failingAttempts} requests of a URL go wrong, later ones are served normally), harmless
 * to capture (the page arrives, just badly: slow, mislabelled, garbled) or permanent (every
 * request goes wrong, so the page cannot be captured and must be recorded with a reason).
 */
public enum FaultKind {

    SERVER_ERROR("5xx", "a burst of 500/502/503 answers", 0.05, 2),
    TOO_MANY_REQUESTS("429", "429 with Retry-After in seconds or as an HTTP date", 0.03, 1),
    TIMEOUT("timeout", "no response at all until the client gives up", 0.01, 1),
    SLOW("slow", "the body trickled out in small pieces", 0.02, 0),
    TRUNCATED("truncate", "Content-Length larger than the bytes sent, then close", 0.02, 1),
    RESET("reset", "the connection reset before any answer", 0.02, 1),
    REDIRECT_LOOP("redirect-loop", "302 to a URL that redirects back", 0.005, Integer.MAX_VALUE),
    PAGINATION_TRAP("trap", "a list whose next page never ends", 0.2, 0),
    OVERSIZED("oversized", "a body bigger than the crawler accepts", 0.005, Integer.MAX_VALUE),
    CHARSET("charset", "charset header wrong (GBK sent as UTF-8) or missing", 0.05, 0),
    GARBLED("garbled", "unclosed tags and binary junk in the HTML", 0.03, 0),
    BROKEN_GZIP("gzip", "Content-Encoding: gzip over a corrupt stream", 0.02, 1),
    ROBOTS_5XX("robots-5xx", "robots.txt answers 503", 0.3, 1);

    private final String token;
    private final String description;
    private final double defaultRate;
    private final int defaultFailingAttempts;

    FaultKind(String token, String description, double defaultRate, int defaultFailingAttempts) {
        this.token = token;
        this.description = description;
        this.defaultRate = defaultRate;
        this.defaultFailingAttempts = defaultFailingAttempts;
    }

    public String token() {
        return token;
    }

    public String description() {
        return description;
    }

    /** Share of eligible requests (or lists, or hosts for robots-5xx) the kind hits in the presets. */
    public double defaultRate() {
        return defaultRate;
    }

    /** Attempts that go wrong before the page is served normally; {@link Integer#MAX_VALUE} = always. */
    public int defaultFailingAttempts() {
        return defaultFailingAttempts;
    }

    /** Whether the fault spoils how the page arrives (slow, mislabelled, garbled) on every attempt without failing it. */
    public boolean degrades() {
        return defaultFailingAttempts == 0;
    }

    /** Whether the page itself never arrives intact, whatever the number of attempts. */
    public boolean permanent() {
        return defaultFailingAttempts == Integer.MAX_VALUE;
    }

    /** snake_case name for JSON figures: {@code server_error}, {@code robots_5xx} … */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<FaultKind> byToken(String token) {
        return Arrays.stream(values()).filter(k -> k.token.equalsIgnoreCase(token)).findFirst();
    }

    /** Every token, comma-separated, for error messages and help. */
    public static String tokens() {
        return Arrays.stream(values()).map(FaultKind::token).collect(Collectors.joining(", "));
    }
}
