package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(10),
            new SplittableRandom(7));

    @Test
    void backOffDoublesWithinTwentyFivePercentAndIsCapped() {
        for (int i = 0; i < 200; i++) {
            long first = policy.backoff(1, Optional.empty()).toMillis();
            long third = policy.backoff(3, Optional.empty()).toMillis();
            assertTrue(first >= 1500 && first <= 2500, "attempt 1: " + first);
            assertTrue(third >= 6000 && third <= 10000, "attempt 3: " + third);
            assertEquals(10000, policy.backoff(6, Optional.empty()).toMillis());
        }
    }

    @Test
    void aLongerRetryAfterWinsAndAShorterOneDoesNot() {
        assertEquals(Duration.ofSeconds(60), policy.backoff(1, Optional.of(Duration.ofSeconds(60))));
        assertTrue(policy.backoff(1, Optional.of(Duration.ofMillis(1))).toMillis() >= 1500);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryPolicy.parseRetryAfter(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                RetryPolicy.parseRetryAfter("Sun, 01 Mar 2026 10:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Sun, 01 Mar 2026 09:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, now));
    }

    @Test
    void onlyTransientStatusesAreRetriedAndOnlyWithinTheBudget() {
        for (int s : new int[] {429, 500, 502, 503, 504}) {
            assertTrue(RetryPolicy.isRetryableStatus(s), "status " + s);
        }
        for (int s : new int[] {200, 404, 412, 501, 505}) {
            assertFalse(RetryPolicy.isRetryableStatus(s), "status " + s);
        }
        assertTrue(policy.mayRetryAfter(3));
        assertFalse(policy.mayRetryAfter(4));
    }
}
