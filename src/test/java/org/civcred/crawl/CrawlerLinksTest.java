package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerLinksTest {

    @TempDir
    Path dataDir;
    TinySite site;
    MemoryArchive archive = new MemoryArchive();

    @BeforeEach
    void startSite() throws Exception {
        site = new TinySite()
                .text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .html("/", "<a href='/a'>a</a><a href='b'>b</a><a href='/c'>c</a><a href='/a'>again</a><a href='/'>home</a>")
                .html("/a", "<a href='/b'>b</a><a href='/c'>c</a><a href='/'>home</a>")
                .html("/b", "<a href='/a'>a</a><a href='/d'>d</a><a href='/private/x'>secret</a>")
                .text("/c", "application/json", "{\"links\":[{\"url\":\"/e\",\"kind\":\"API\"}]}")
                .html("/d", "leaf")
                .text("/e", "application/json;charset=UTF-8", "{\"links\":[{\"url\":\"/d\"}]}")
                .html("/private/x", "must never be fetched");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void everyLinkIsFetchedExactlyOnceAndRobotsTxtOnce() {
        CrawlResult result = Crawler.run(CrawlFixtures.options(dataDir, "c1", site, TestRules.of(site, "/"),
                CrawlFixtures.settings()), archive);

        assertEquals(List.of("/", "/a", "/b", "/c", "/d", "/e"), site.pageTargets().stream().sorted().toList());
        assertEquals(1, site.hits("/robots.txt").size());
        assertEquals(6L, result.outcomes().get("ok") - 1, "six pages plus robots.txt are ok");
        assertEquals(0, result.deferred());
        assertEquals(7, result.requestsSent());
    }

    @Test
    void aRobotsDisallowedLinkIsNeverRequestedButRecordedOnce() {
        Crawler.run(CrawlFixtures.options(dataDir, "c1", site, TestRules.of(site, "/"), CrawlFixtures.settings()), archive);

        assertTrue(site.hits("/private/x").isEmpty());
        List<FetchRecord> records = archive.pageRecords("GET " + site.url("/private/x"));
        assertEquals(1, records.size());
        assertEquals(FetchOutcome.ROBOTS_DISALLOWED, records.get(0).outcome());
        assertEquals(null, records.get(0).response());
    }

    @Test
    void everyRecordCarriesSiteFamilyDepthAttemptAndPurpose() {
        Crawler.run(CrawlFixtures.options(dataDir, "c1", site, TestRules.of(site, "/"), CrawlFixtures.settings()), archive);

        FetchRecord d = archive.pageRecords("GET " + site.url("/d")).get(0);
        assertEquals("tiny", d.siteId());
        assertEquals("civilization", d.family());
        assertEquals(2, d.depth(), "/ → /b → /d");
        assertEquals(1, d.attempt());
        assertEquals("page", d.extra().get("purpose"));
        assertTrue(d.extra().containsKey("fetch-ms"));
        FetchRecord robots = archive.records.stream()
                .filter(r -> r.request().url().endsWith("/robots.txt")).findFirst().orElseThrow();
        assertEquals("robots", robots.extra().get("purpose"));
        assertEquals(200, robots.response().status());
    }
}
