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

    @Test
    void aRobotsTxtServerErrorKeepsTheWholeHostForALaterRun() {
        site.on("/robots.txt", (h, n) -> TinySite.Reply.of(503, "text/plain", "maintenance"));

        CrawlResult result = Crawler.run(CrawlFixtures.options(dataDir, "c2", site, TestRules.of(site, "/"),
                CrawlFixtures.settings()), archive);

        assertEquals(List.of(), site.pageTargets(), "no page is requested without a readable robots.txt");
        assertEquals(List.of(site.proxy()), result.stoppedHosts());
        assertEquals(1, result.deferred());
        List<FetchRecord> asked = archive.records.stream().filter(r -> r.request().url().endsWith("/robots.txt")).toList();
        assertEquals(4, asked.size(), "robots.txt is asked again up to crawl.retry.max-attempts times");
        FetchRecord robots = asked.get(asked.size() - 1);
        assertEquals(FetchOutcome.GAVE_UP, robots.outcome());
        assertTrue(robots.detail().contains("503"), robots.detail());
    }

    @Test
    void aGzipEncodedPageIsStoredDecodedWithItsLinksFollowed() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(TinySite.page("<a href='/d'>d</a> 好人").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        site.on("/z", (h, n) -> new TinySite.Reply(200, List.of(new String[] {"Content-Type", "text/html; charset=UTF-8"},
                new String[] {"Content-Encoding", "gzip"}), zipped.toByteArray()));

        Crawler.run(CrawlFixtures.options(dataDir, "c3", site, TestRules.of(site, "/z"), CrawlFixtures.settings()), archive);

        FetchRecord z = archive.pageRecords("GET " + site.url("/z")).get(0);
        assertTrue(new String(z.response().body(), java.nio.charset.StandardCharsets.UTF_8).contains("好人"));
        assertEquals("gzip", z.response().header("Content-Encoding").orElse(""));
        assertEquals("gzip", site.hits("/z").get(0).header("Accept-Encoding"));
        assertEquals(1, site.hits("/d").size());
    }
}
