package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolitenessPlanTest {

    private static final CrawlConfig CONFIG = CrawlConfig.from(org.civcred.config.Settings.defaults());
    private static final TestRules RULES = new TestRules(List.of(), Set.of("slow.cn", "fast.cn"),
            Map.of("slow.cn", Duration.ofSeconds(8), "fast.cn", Duration.ofSeconds(1)));

    private static Duration ms(long n) {
        return Duration.ofMillis(n);
    }

    @Test
    void liveHostsTakeTheLargestOfProfileRobotsAndTheFloor() {
        PolitenessPlan live = PolitenessPlan.choose(CONFIG, false, true, null, RULES);

        assertEquals(PolitenessPlan.Mode.LIVE, live.mode());
        assertEquals(Duration.ofSeconds(8), live.hostDelay("slow.cn", null));
        assertEquals(Duration.ofSeconds(3), live.hostDelay("fast.cn", null), "the 3 s floor");
        assertEquals(Duration.ofSeconds(3), live.hostDelay("other.cn", null), "crawl.delay.default");
        assertEquals(Duration.ofSeconds(20), live.hostDelay("slow.cn", Duration.ofSeconds(20)), "robots Crawl-delay");
        assertEquals(Duration.ofSeconds(2), live.retryBaseBackoff());
        assertEquals(Duration.ofMinutes(10), live.challengeBackoff());
    }

    @Test
    void theOfflineMirrorUsesItsOwnDelayAndBackOffsButStillHonoursCrawlDelay() {
        PolitenessPlan mirror = PolitenessPlan.choose(CONFIG, true, true, null, RULES);

        assertEquals(PolitenessPlan.Mode.OFFLINE_MIRROR, mirror.mode());
        assertEquals(ms(20), mirror.hostDelay("slow.cn", null), "profile delays are for live sites");
        assertEquals(ms(500), mirror.hostDelay("slow.cn", ms(500)));
        assertEquals(ms(200), mirror.challengeBackoff());
        assertEquals(ms(100), mirror.retryBaseBackoff());
    }

    @Test
    void aDelayOverrideReplacesTheBaseButNotTheLiveFloor() {
        assertEquals(ms(50), PolitenessPlan.choose(CONFIG, true, true, ms(50), RULES).hostDelay("slow.cn", null));
        PolitenessPlan live = PolitenessPlan.choose(CONFIG, false, true, Duration.ofSeconds(5), RULES);
        assertEquals(Duration.ofSeconds(5), live.hostDelay("slow.cn", null), "the override replaces the profile");
        assertEquals(Duration.ofSeconds(3), PolitenessPlan.choose(CONFIG, false, true, ms(10), RULES).hostDelay("a", null));
    }

    @Test
    void withPolitenessOffThereIsNoPerHostDelayAtAll() {
        PolitenessPlan off = PolitenessPlan.choose(CONFIG, false, false, Duration.ofSeconds(5), RULES);

        assertEquals(Duration.ZERO, off.hostDelay("slow.cn", Duration.ofSeconds(30)));
        assertEquals(Duration.ofSeconds(2), off.retryBaseBackoff(), "back-offs after errors stay");
    }
}
