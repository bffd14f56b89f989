package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** robots.txt that fails for a while: everything waits (RFC 9309 full disallow), then the crawl goes on. */
class CrawlerRobotsRetryTest {

    @TempDir
    Path dataDir;
    MemoryArchive archive = new MemoryArchive();
    TinySite site;

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aRobotsTxtThatFailsTwiceIsAskedAgainAndTheHostIsCrawledAfterwards() throws Exception {
        site = new TinySite()
                .html("/", "<a href='/a'>a</a>")
                .html("/a", "leaf");
        site.on("/robots.txt", (h, n) -> n <= 2 ? TinySite.Reply.of(503, "text/plain", "busy")
                : TinySite.Reply.of(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));

        CrawlResult result = Crawler.run(CrawlFixtures.options(dataDir, "r1", site, TestRules.of(site, "/"),
                CrawlFixtures.settings()), archive);

        assertEquals(List.of("/", "/a"), site.pageTargets().stream().sorted().toList());
        assertEquals(List.of(), result.stoppedHosts());
        List<FetchRecord> robots = archive.records.stream().filter(r -> r.request().url().endsWith("/robots.txt")).toList();
        assertEquals(List.of(FetchOutcome.RETRY, FetchOutcome.RETRY, FetchOutcome.OK),
                robots.stream().map(FetchRecord::outcome).toList());
        assertTrue(robots.get(0).detail().contains("everything disallowed"), robots.get(0).detail());
    }
}
