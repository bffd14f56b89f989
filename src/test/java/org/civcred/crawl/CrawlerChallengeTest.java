package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerChallengeTest {

    @TempDir
    Path dataDir;
    TinySite site;
    final MemoryArchive archive = new MemoryArchive();

    @BeforeEach
    void startSite() throws Exception {
        site = new TinySite()
                .text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
                .on("/412", (h, n) -> TinySite.Reply.of(412, "text/html",
                        "<html><script>$_ts=window['$_ts'];</script><script src='/x/c.FxJzG50F.js'></script></html>"))
                .on("/jsl", (h, n) -> TinySite.Reply.of(307, "text/html",
                                "<script>document.cookie='__jsl_clearance=1.2|0|abc';location.href=location.pathname</script>")
                        .with("Location", "/jsl").with("Set-Cookie", "__jsl_clearance=1.2|0|abc; Path=/"))
                .text("/api", "application/json", "{\"status\":40001,\"message\":\"请刷新后重试！\"}")
                .html("/form", "<p>请输入验证码</p><img src='/xygs/captcha.do'><input name='yzm'>")
                .html("/fine", "an ordinary page");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void eachChallengeKindIsArchivedWithItsKindAndTheCaptchaEndpointIsNeverFetched() {
        site.html("/", "<a href='/412'>1</a><a href='/jsl'>2</a><a href='/api'>3</a><a href='/form'>4</a>"
                + "<a href='/verify/getVerify?t=1'>5</a><a href='/fine'>6</a>");

        CrawlResult result = Crawler.run(CrawlFixtures.options(dataDir, "ch1", site, TestRules.of(site, "/"),
                CrawlFixtures.settings("crawl.challenge.max-per-host", "10")), archive);

        Map<String, String> kinds = archive.withOutcome(FetchOutcome.CHALLENGE).stream().collect(Collectors.toMap(
                r -> r.request().url().substring(site.url("").length()), r -> r.extra().get("challenge-kind")));
        assertEquals(Map.of("/412", "http-412", "/jsl", "jsl-clearance", "/api", "status-40001",
                "/form", "captcha-page", "/verify/getVerify?t=1", "captcha-endpoint"), kinds);
        assertTrue(site.hits("/verify/getVerify?t=1").isEmpty());
        assertNull(archive.pageRecords("GET " + site.url("/verify/getVerify?t=1")).get(0).response());
        assertEquals(412, archive.pageRecords("GET " + site.url("/412")).get(0).response().status());
        assertEquals(1, site.hits("/jsl").size(), "a challenge is never retried nor followed");
        assertEquals(5L, result.outcomes().get("challenge"));
        assertTrue(result.stoppedHosts().isEmpty());
    }

    @Test
    void noRequestEverPresentsTheCookieAChallengeSet() {
        site.html("/", "<a href='/jsl'>1</a><a href='/fine'>2</a>");

        Crawler.run(CrawlFixtures.options(dataDir, "ch2", site, TestRules.of(site, "/"), CrawlFixtures.settings()), archive);

        assertEquals(1, site.hits("/fine").size());
        assertTrue(site.hits().stream().allMatch(h -> h.header("Cookie") == null), "no Cookie header was sent");
    }

    @Test
    void afterTheConfiguredNumberOfChallengesTheHostIsStoppedAndItsQueueDeferred() {
        site.html("/", "<a href='/412'>1</a><a href='/api'>2</a><a href='/fine'>3</a><a href='/jsl'>4</a>");

        CrawlResult result = Crawler.run(CrawlFixtures.options(dataDir, "ch3", site, TestRules.of(site, "/"),
                CrawlFixtures.settings("crawl.challenge.max-per-host", "2", "crawl.threads", "1")), archive);

        assertEquals(List.of(site.proxy()), result.stoppedHosts());
        assertEquals(2, result.deferred(), "/fine and /jsl stay in the frontier");
        assertEquals(List.of("/", "/412", "/api"), site.pageTargets());
        List<FetchRecord> fine = archive.pageRecords("GET " + site.url("/fine"));
        assertTrue(fine.isEmpty(), "nothing is recorded for deferred requests, so a later run fetches them");
    }

    @Test
    void aRestingHostWaitsTheChallengeBackOffBeforeItsNextRequest() {
        site.html("/", "<a href='/412'>1</a><a href='/fine'>2</a>");

        Crawler.run(CrawlFixtures.options(dataDir, "ch4", site, TestRules.of(site, "/"),
                CrawlFixtures.settings("crawl.challenge.backoff.offline", "300ms")), archive);

        List<TinySite.Hit> hits = site.hits();
        long gap = CrawlFixtures.gapsMillis(hits.subList(hits.size() - 2, hits.size())).get(0);
        assertEquals("/fine", hits.get(hits.size() - 1).target());
        assertTrue(gap >= 299, "rested " + gap + " ms");
    }
}
