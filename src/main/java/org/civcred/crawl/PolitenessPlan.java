package org.civcred.crawl;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long to wait between requests to one host, and how long to back off after trouble.
 *
 * <p>Live hosts: max(profile delay or {@code crawl.delay.default}, robots.txt Crawl-delay,
 * {@code crawl.delay.live-minimum}); the floor protects sites even from a small {@code --delay}.
 * The offline mirror (a civcred process on this machine) uses {@code crawl.delay.offline} and
 * still honours Crawl-delay, so the mirror exercises the same code path. With politeness off
 * every per-host delay is zero; back-offs after errors and challenges stay.
 */
record PolitenessPlan(Mode mode, Duration baseDelay, Duration floor, Duration challengeBackoff,
                      Duration retryBaseBackoff, Function<String, Optional<Duration>> profileDelay) {

    /** Where the requests go, which decides the pacing. */
    enum Mode {
        LIVE("live"), OFFLINE_MIRROR("offline mirror"), NO_POLITENESS("politeness off");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * @param mirror        whether the proxy answered as a civcred offline mirror
     * @param politeness    false for benchmarks
     * @param delayOverride {@code --delay}, or null
     */
    static PolitenessPlan choose(CrawlConfig c, boolean mirror, boolean politeness, Duration delayOverride,
                                 CrawlRules rules) {
        Duration challenge = mirror ? c.challengeBackoffOffline() : c.challengeBackoff();
        Duration retry = mirror ? c.retryBaseBackoffOffline() : c.retryBaseBackoff();
        if (!politeness) {
            return new PolitenessPlan(Mode.NO_POLITENESS, Duration.ZERO, Duration.ZERO, challenge, retry,
                    host -> Optional.empty());
        }
        if (mirror) {
            Duration base = delayOverride != null ? delayOverride : c.offlineDelay();
            return new PolitenessPlan(Mode.OFFLINE_MIRROR, base, Duration.ZERO, challenge, retry,
                    host -> Optional.empty());
        }
        if (delayOverride != null) {
            return new PolitenessPlan(Mode.LIVE, delayOverride, c.liveMinimum(), challenge, retry,
                    host -> Optional.empty());
        }
        return new PolitenessPlan(Mode.LIVE, c.defaultDelay(), c.liveMinimum(), challenge, retry,
                rules::profileDelay);
    }

    /** The delay between two requests to {@code host}, given its robots.txt Crawl-delay (or null). */
    Duration hostDelay(String host, Duration robotsCrawlDelay) {
        if (mode == Mode.NO_POLITENESS) {
            return Duration.ZERO;
        }
        Duration delay = profileDelay.apply(host).orElse(baseDelay);
        if (robotsCrawlDelay != null && robotsCrawlDelay.compareTo(delay) > 0) {
            delay = robotsCrawlDelay;
        }
        return delay.compareTo(floor) < 0 ? floor : delay;
    }

    /** One line for the log: which mode and delays apply. */
    String describe() {
        return switch (mode) {
            case NO_POLITENESS -> "politeness off: no per-host delay (benchmark mode)";
            case OFFLINE_MIRROR -> "offline mirror: per-host delay " + baseDelay.toMillis()
                    + " ms (or robots.txt Crawl-delay), challenge rest " + challengeBackoff.toMillis()
                    + " ms, first retry back-off " + retryBaseBackoff.toMillis() + " ms";
            case LIVE -> "live sites: per-host delay " + baseDelay.toMillis() + " ms (profile or robots.txt may raise it, floor "
                    + floor.toMillis() + " ms), challenge rest " + challengeBackoff.toSeconds()
                    + " s, first retry back-off " + retryBaseBackoff.toMillis() + " ms";
        };
    }
}
