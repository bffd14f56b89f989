package org.civcred.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decisions about a whole host: resting it after a challenge, and stopping it for the rest of
 * the run after {@code crawl.challenge.max-per-host} challenges or an unreadable robots.txt.
 * A stopped host's queue stays in the frontier, so a later run picks it up.
 */
final class HostControl {

    private static final Logger LOG = LoggerFactory.getLogger(HostControl.class);

    private final HostScheduler scheduler;
    private final CrawlStats stats;
    private final Duration challengeRest;
    private final int maxChallenges;
    private final Map<String, AtomicInteger> challenges = new ConcurrentHashMap<>();

    HostControl(HostScheduler scheduler, CrawlStats stats, Duration challengeRest, int maxChallenges) {
        this.scheduler = scheduler;
        this.stats = stats;
        this.challengeRest = challengeRest;
        this.maxChallenges = maxChallenges;
    }

    /** The host answered a challenge: it rests, and is stopped once it has answered too many. */
    void challenged(String host, String kind) {
        int n = challenges.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        scheduler.rest(host, challengeRest);
        LOG.info("Host {} answered a challenge ({}), {} of {}; resting {} ms", host, kind, n, maxChallenges,
                challengeRest.toMillis());
        if (n >= maxChallenges) {
            stop(host, n + " challenges");
        }
    }

    /** Nothing more goes to the host this run. */
    void stop(String host, String reason) {
        scheduler.stop(host);
        synchronized (stats.host(host)) {
            if (stats.host(host).stopReason != null) {
                return;
            }
            stats.stopped(host, reason);
        }
        LOG.info("Host {} stopped for this run ({}); its queue stays in the frontier", host, reason);
    }
}
