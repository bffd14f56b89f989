package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.IDN;
import java.nio.file.Path;
import java.util.List;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redirects are requests like any other: every hop passes the allowlist, the disguise checks and the address check. */
class CrawlerRedirectGuardTest {

    private static final String LOOKALIKE = "www.\u0441reditchina.gov.cn";

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

    private void crawl(TestRules rules) {
        Crawler.run(CrawlFixtures.options(dataDir, "r1", site, rules, CrawlFixtures.settings()), archive);
    }

    private FetchRecord only(String url) {
        List<FetchRecord> records = archive.pageRecords("GET " + url);
        assertEquals(1, records.size(), url + " in " + archive.records.stream().map(r -> r.request().url()).toList());
        return records.get(0);
    }

    private static TinySite.Reply redirect(String location) {
        return TinySite.Reply.of(302, "text/html", "").with("Location", location);
    }

    @Test
    void everyHopOfARelativeMultiHopChainIsCheckedAndAHopToALoopbackPortThatIsNotTheMirrorIsRefused() {
        site.html("/", "<a href='/hops/one'>r</a>")
                .on("/hops/one", (h, n) -> redirect("two"))
                .on("/hops/two", (h, n) -> redirect("/hops/three"))
                .on("/hops/three", (h, n) -> redirect("http://127.0.0.1:1/inside"));

        crawl(TestRules.of(site, "/"));

        for (String hop : List.of("/hops/one", "/hops/two", "/hops/three")) {
            assertEquals(FetchOutcome.REDIRECT, only(site.url(hop)).outcome(), hop);
        }
        FetchRecord inside = only("http://127.0.0.1:1/inside");
        assertEquals(FetchOutcome.BLOCKED, inside.outcome());
        assertTrue(inside.detail().contains("private, loopback or link-local"), inside.detail());
        assertTrue(inside.requestHeaders().isEmpty(), "nothing was sent");
    }

    @Test
    void redirectsToDisguisedHostsAreRefusedEvenWhenTheRealHostIsAllowed() {
        String self = site.proxy();
        site.html("/", "<a href='/u'>u</a><a href='/d'>d</a><a href='/l'>l</a><a href='/p'>p</a>")
                .on("/u", (h, n) -> redirect("http://www.creditchina.gov.cn@" + self + "/x"))
                .on("/d", (h, n) -> redirect("http://2130706433/x"))
                .on("/l", (h, n) -> redirect("http://" + LOOKALIKE + "/x"))
                .on("/p", (h, n) -> redirect("http://" + IDN.toASCII(LOOKALIKE) + "/x"))
                .html("/x", "must not be fetched");

        crawl(TestRules.of(site, "/").allowing("www.creditchina.gov.cn", "2130706433"));

        assertEquals(List.of("/", "/u", "/d", "/l", "/p"), site.pageTargets().stream().sorted(
                java.util.Comparator.comparing(List.of("/", "/u", "/d", "/l", "/p")::indexOf)).toList());
        List<FetchRecord> refused = archive.records.stream().filter(r -> r.outcome() == FetchOutcome.BLOCKED).toList();
        assertEquals(4, refused.size(), refused.stream().map(FetchRecord::detail).toList().toString());
        String details = refused.stream().map(FetchRecord::detail).toList().toString();
        assertTrue(details.contains("user info"), details);
        assertTrue(details.contains("obscured"), details);
        assertTrue(details.contains("imitates the allowed host www.creditchina.gov.cn"), details);
    }

    @Test
    void aRobotsTxtRedirectOffTheHostIsNotFollowed() {
        site.on("/robots.txt", (h, n) -> redirect("http://evil.example/robots.txt")).html("/", "home");

        crawl(TestRules.of(site, "/"));

        assertEquals(FetchOutcome.OK, only(site.url("/")).outcome());
        assertTrue(archive.records.stream().noneMatch(r -> r.request().url().contains("evil.example")),
                "robots.txt redirects are never followed to another host");
    }
}
