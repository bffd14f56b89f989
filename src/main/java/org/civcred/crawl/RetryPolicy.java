package org.civcred.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When to try a transient failure again. Retried: HTTP 429, 500, 502, 503, 504 and network
 * errors, up to {@code crawl.retry.max-attempts} attempts in all. The wait before attempt n+1 is
 * base × 2^(n-1), jittered by ±25 % so that hosts are not hit in lock-step, capped at
 * {@code crawl.retry.max-backoff}; a {@code Retry-After} the server sent wins when it is longer.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    RetryPolicy(int maxAttempts, Duration base, Duration cap, RandomGenerator random) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    static boolean isRetryableStatus(int status) {
        return RETRYABLE.contains(status);
    }

    /** Whether attempt number {@code attempt} (1-based) may be followed by another. */
    boolean mayRetryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after failed attempt {@code attempt}, honouring a longer {@code retryAfter}. */
    Duration backoff(int attempt, Optional<Duration> retryAfter) {
        double exponential = base.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double jittered = exponential * (0.75 + 0.5 * random.nextDouble());
        long millis = (long) Math.min(jittered, cap.toMillis());
        Duration wait = Duration.ofMillis(millis);
        return retryAfter.filter(r -> r.compareTo(wait) > 0).orElse(wait);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
