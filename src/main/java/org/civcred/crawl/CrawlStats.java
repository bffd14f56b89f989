package org.civcred.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.civcred.model.FetchOutcome;

/** Thread-safe counters of one run, per outcome and per host. */
final class CrawlStats {

    /** One host's figures. */
    static final class HostTally {
        final LongAdder requests = new LongAdder();
        final LongAdder ok = new LongAdder();
        final LongAdder challenges = new LongAdder();
        final LongAdder errors = new LongAdder();
        volatile Instant firstRequest;
        volatile Instant lastRequest;
        volatile Duration configuredDelay;
        volatile String stopReason;

        /** Requests per second actually achieved between the first and last request, or 0. */
        double achievedRate() {
            Instant first = firstRequest;
            Instant last = lastRequest;
            long n = requests.sum();
            if (first == null || last == null || n < 2 || !last.isAfter(first)) {
                return 0;
            }
            return (n - 1) / (Duration.between(first, last).toNanos() / 1e9);
        }
    }

    private final Map<String, HostTally> hosts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong requestsSent = new AtomicLong();
    private final AtomicLong pagesSent = new AtomicLong();

    void requestSent(String host, Instant at, boolean page) {
        HostTally t = host(host);
        synchronized (t) {
            if (t.firstRequest == null) {
                t.firstRequest = at;
            }
            t.lastRequest = at;
        }
        t.requests.increment();
        requestsSent.incrementAndGet();
        if (page) {
            pagesSent.incrementAndGet();
        }
    }

    void recorded(String host, FetchOutcome outcome) {
        outcomes.computeIfAbsent(outcome.id(), k -> new LongAdder()).increment();
        HostTally t = host(host);
        switch (outcome) {
            case OK, UNCHANGED -> t.ok.increment();
            case CHALLENGE -> t.challenges.increment();
            case HTTP_ERROR, GAVE_UP, NETWORK_ERROR, TOO_LARGE -> t.errors.increment();
            default -> { }
        }
    }

    void configuredDelay(String host, Duration delay) {
        host(host).configuredDelay = delay;
    }

    void stopped(String host, String reason) {
        host(host).stopReason = reason;
    }

    HostTally host(String host) {
        return hosts.computeIfAbsent(host, h -> new HostTally());
    }

    Map<String, HostTally> hosts() {
        return new TreeMap<>(hosts);
    }

    Map<String, Long> outcomes() {
        Map<String, Long> copy = new TreeMap<>();
        outcomes.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    long requestsSent() {
        return requestsSent.get();
    }

    long pagesSent() {
        return pagesSent.get();
    }
}
