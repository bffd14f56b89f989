package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryAfterDateTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(30), new SplittableRandom(1));

    @Test
    void aRetryAfterGivenAsAnHttpDateIsWaitedOutInFull() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        Optional<Duration> after = RetryPolicy.parseRetryAfter("Sun, 22 Nov 2026 10:00:05 GMT", now);
        assertEquals(Optional.of(Duration.ofSeconds(5)), after);
        assertEquals(Duration.ofSeconds(5), policy.backoff(1, after));
    }
}
