package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlProgressTest {

    @TempDir
    Path dataDir;

    @Test
    void theProgressLineShowsCountsRatesQueueAndEachHostsState() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:10Z"), ZoneOffset.UTC);
        HostScheduler scheduler = new HostScheduler(clock);
        scheduler.add(new Pending(new FrontierEntry(0, "s", LinkKind.DETAIL, 0, CrawlRequest.get("http://a.cn/1")), 1));
        scheduler.add(new Pending(new FrontierEntry(0, "s", LinkKind.DETAIL, 0, CrawlRequest.get("http://b.cn/1")), 1));
        scheduler.stop("b.cn");
        CrawlStats stats = new CrawlStats();
        for (int i = 0; i < 20; i++) {
            stats.requestSent("a.cn", clock.instant(), true);
        }
        ProgressReporter progress = new ProgressReporter(null, false, java.time.Duration.ofSeconds(1), clock,
                Instant.parse("2026-01-01T00:00:00Z"), stats, scheduler, () -> 5_000_000);

        assertEquals("[00:00:10] pages 20 (2.0/s) 5.0 MB (0.50 MB/s) queue 2 in-flight 0 | a.cn=waiting(1) b.cn=stopped(1)",
                progress.line());
    }

    @Test
    void aCrawlPrintsProgressLinesASummaryTableAndWritesTheStatisticsFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TinySite site = new TinySite()) {
            site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
                    .html("/", "<a href='/a'>a</a><a href='/gone'>g</a>").html("/a", "a");
            CrawlOptions o = CrawlFixtures.withProgress(CrawlFixtures.withDelay(CrawlFixtures.options(dataDir, "pr1", site,
                    TestRules.of(site, "/"), CrawlFixtures.settings()), java.time.Duration.ofMillis(60)),
                    CrawlFixtures.capture(out));

            CrawlResult result = Crawler.run(o, new MemoryArchive());

            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("pages "), text);
            assertTrue(text.contains(site.proxy() + "="), text);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("total") && l.contains("4")), text);
            JsonNode stats = new ObjectMapper().readTree(Files.readString(Path.of(result.statsFile())));
            assertEquals("offline mirror", stats.get("mode").asText());
            assertEquals(1, stats.get("outcomes").get(FetchOutcome.HTTP_ERROR.id()).asInt());
            assertEquals(60, stats.get("hosts").get(site.proxy()).get("configuredDelayMs").asInt());
            assertEquals(Path.of(dataDir.toString(), "raw", "pr1", "crawl-stats.json").toString(), result.statsFile());
        }
    }
}
