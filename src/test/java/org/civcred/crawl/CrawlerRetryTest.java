package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerRetryTest {

    @TempDir
    Path dataDir;
    TinySite site;
    final MemoryArchive archive = new MemoryArchive();

    @BeforeEach
    void startSite() throws Exception {
        site = new TinySite().text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private List<FetchRecord> crawl(String target, String... settings) {
        Crawler.run(CrawlFixtures.options(dataDir, "r1", site, TestRules.of(site, target),
                CrawlFixtures.settings(settings)), archive);
        return archive.pageRecords("GET " + site.url(target));
    }

    private static List<FetchOutcome> outcomes(List<FetchRecord> records) {
        return records.stream().map(FetchRecord::outcome).toList();
    }

    @Test
    void a503ThenA200GivesOneResponseAfterOneRetryRecord() {
        site.on("/flaky", (h, n) -> n == 1 ? TinySite.Reply.of(503, "text/plain", "busy")
                : TinySite.Reply.of(200, "text/html", TinySite.page("fine")));

        List<FetchRecord> records = crawl("/flaky");

        assertEquals(List.of(FetchOutcome.RETRY, FetchOutcome.OK), outcomes(records));
        assertNull(records.get(0).response(), "a retry leaves a lone metadata record");
        assertEquals(List.of(1, 2), records.stream().map(FetchRecord::attempt).toList());
        assertEquals(200, records.get(1).response().status());
        assertEquals(2, site.hits("/flaky").size());
    }

    @Test
    void retryAfterSecondsIsHonouredWhenLongerThanTheBackOff() {
        site.on("/busy", (h, n) -> n == 1 ? TinySite.Reply.of(429, "text/plain", "slow down").with("Retry-After", "1")
                : TinySite.Reply.of(200, "text/html", TinySite.page("ok")));

        List<FetchRecord> records = crawl("/busy");

        assertEquals(List.of(FetchOutcome.RETRY, FetchOutcome.OK), outcomes(records));
        long gap = CrawlFixtures.gapsMillis(site.hits("/busy")).get(0);
        assertTrue(gap >= 995, "second attempt " + gap + " ms after the first");
    }

    @Test
    void aSpentRetryBudgetIsArchivedAsGaveUpWithTheLastResponse() {
        site.on("/down", (h, n) -> TinySite.Reply.of(503, "text/plain", "down"));

        List<FetchRecord> records = crawl("/down", "crawl.retry.max-attempts", "3",
                "crawl.retry.base-backoff.offline", "100ms");

        assertEquals(List.of(FetchOutcome.RETRY, FetchOutcome.RETRY, FetchOutcome.GAVE_UP), outcomes(records));
        assertEquals(503, records.get(2).response().status());
        assertEquals(3, site.hits("/down").size());
        List<Long> gaps = CrawlFixtures.gapsMillis(site.hits("/down"));
        assertTrue(gaps.get(0) >= 75 && gaps.get(1) >= 150, "100 ms then 200 ms, each ±25 %: " + gaps);
    }

    @Test
    void aTimeoutIsRetriedThenRecordedAsANetworkError() {
        site.on("/slow", (h, n) -> {
            Thread.sleep(1500);
            return TinySite.Reply.of(200, "text/html", TinySite.page("too late"));
        });

        List<FetchRecord> records = crawl("/slow", "crawl.retry.max-attempts", "2",
                "crawl.timeout.connect", "200ms", "crawl.timeout.read", "300ms");

        assertEquals(List.of(FetchOutcome.RETRY, FetchOutcome.NETWORK_ERROR), outcomes(records));
        assertNull(records.get(1).response());
        assertTrue(records.get(1).detail().contains("after 2 attempts"), records.get(1).detail());
        assertEquals(2, site.hits("/slow").size());
    }
}
