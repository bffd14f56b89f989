package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.model.CrawlRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerPolitenessTest {

    @TempDir
    Path dataDir;
    TinySite site;
    final MemoryArchive archive = new MemoryArchive();

    @BeforeEach
    void startSite() throws Exception {
        site = new TinySite()
                .html("/", "<a href='/1'>1</a><a href='/2'>2</a><a href='/3'>3</a><a href='/4'>4</a><a href='/5'>5</a>");
        for (int i = 1; i <= 5; i++) {
            site.html("/" + i, "page " + i);
        }
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void theDelayOverrideSeparatesEveryRequestToTheHost() {
        site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        CrawlOptions o = CrawlFixtures.withDelay(CrawlFixtures.options(dataDir, "p1", site, TestRules.of(site, "/"),
                CrawlFixtures.settings("crawl.threads", "8")), Duration.ofMillis(40));

        Crawler.run(o, archive);

        List<Long> gaps = CrawlFixtures.gapsMillis(site.hits());
        assertEquals(6, gaps.size(), "robots.txt and six pages");
        assertTrue(gaps.stream().allMatch(g -> g >= 39), "gaps " + gaps);
    }

    @Test
    void robotsCrawlDelayOutweighsTheShorterOfflineDelay() {
        site.text("/robots.txt", "text/plain", "User-agent: civcred\nCrawl-delay: 0.09\nAllow: /\n");

        Crawler.run(CrawlFixtures.options(dataDir, "p2", site, TestRules.of(site, "/"), CrawlFixtures.settings()), archive);

        List<Long> gaps = CrawlFixtures.gapsMillis(site.hits());
        assertEquals(6, gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g >= 89), "gaps " + gaps);
    }

    @Test
    void aLiveHostGetsTheProfileDelayAndTheStatisticsShowIt() throws Exception {
        site.asMirror(false).text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        TestRules rules = new TestRules(List.of(CrawlRequest.get(site.url("/"))), Set.of("127.0.0.1"),
                Map.of("127.0.0.1", Duration.ofMillis(70)));
        CrawlOptions o = CrawlFixtures.options(dataDir, "p3", site, rules,
                CrawlFixtures.settings("crawl.delay.default", "10ms", "crawl.delay.live-minimum", "30ms"));

        CrawlResult result = Crawler.run(o, archive);

        List<Long> gaps = CrawlFixtures.gapsMillis(site.hits());
        assertTrue(gaps.stream().allMatch(g -> g >= 69), "gaps " + gaps);
        JsonNode stats = new ObjectMapper().readTree(Files.readString(Path.of(result.statsFile())));
        assertEquals("live", stats.get("mode").asText());
        JsonNode host = stats.get("hosts").get(site.proxy());
        assertEquals(70, host.get("configuredDelayMs").asLong());
        assertEquals(7, host.get("requests").asLong());
        assertTrue(host.get("achievedRatePerSecond").asDouble() <= 1000.0 / 69, host.toString());
    }

    @Test
    void theLiveFloorRaisesAShortDelayOverride() {
        site.asMirror(false).text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        CrawlOptions o = CrawlFixtures.withDelay(CrawlFixtures.options(dataDir, "p4", site, TestRules.of(site, "/"),
                CrawlFixtures.settings("crawl.delay.live-minimum", "50ms")), Duration.ofMillis(1));

        Crawler.run(o, archive);

        List<Long> gaps = CrawlFixtures.gapsMillis(site.hits());
        assertTrue(gaps.stream().allMatch(g -> g >= 49), "gaps " + gaps);
    }
}
