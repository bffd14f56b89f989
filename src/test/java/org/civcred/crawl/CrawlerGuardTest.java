package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;
import org.civcred.storage.FetchRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerGuardTest {

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

    private CrawlResult crawl(TestRules rules, String... settings) {
        return Crawler.run(CrawlFixtures.options(dataDir, "g1", site, rules, CrawlFixtures.settings(settings)), archive);
    }

    private FetchRecord only(String url) {
        List<FetchRecord> records = archive.pageRecords("GET " + url);
        assertEquals(1, records.size(), url);
        return records.get(0);
    }

    @Test
    void linksWithOtherSchemesAreDroppedWithoutARecord() {
        site.html("/", "<a href='javascript:void(0)'>js</a><a href='mailto:a@b.cn'>m</a>"
                + "<a href='file:///etc/passwd'>f</a><a href='ftp://127.0.0.1/x'>ftp</a><a href='/ok'>ok</a>");
        site.html("/ok", "fine");

        crawl(TestRules.of(site, "/"));

        assertEquals(List.of("/", "/ok"), site.pageTargets());
        assertTrue(archive.records.stream().allMatch(r -> r.request().url().startsWith("http")),
                "only http(s) requests were recorded");
    }

    @Test
    void aRedirectToAHostOffTheAllowlistIsRefusedAndAnAllowedOneFollowed() {
        site.html("/", "<a href='/away'>a</a><a href='/moved'>m</a>")
                .on("/away", (h, n) -> TinySite.Reply.of(302, "text/html", "").with("Location", "http://evil.example/x"))
                .on("/moved", (h, n) -> TinySite.Reply.of(301, "text/html", "").with("Location", "/target"))
                .html("/target", "here");

        crawl(TestRules.of(site, "/"));

        assertEquals(FetchOutcome.REDIRECT, only(site.url("/away")).outcome());
        FetchRecord refused = only("http://evil.example/x");
        assertEquals(FetchOutcome.BLOCKED, refused.outcome());
        assertNull(refused.response());
        assertEquals(FetchOutcome.REDIRECT, only(site.url("/moved")).outcome());
        FetchRecord target = only(site.url("/target"));
        assertEquals(FetchOutcome.OK, target.outcome());
        assertEquals(1, target.depth(), "a redirect target keeps the depth of the redirect");
    }

    @Test
    void aPrivateAddressIsRefusedEvenWhenAllowlisted() {
        site.html("/", "<a href='http://10.1.2.3/x'>intranet</a><a href='http://169.254.169.254/latest'>meta</a>");

        crawl(TestRules.of(site, "/").allowing("10.1.2.3", "169.254.169.254"));

        FetchRecord intranet = only("http://10.1.2.3/x");
        assertEquals(FetchOutcome.BLOCKED, intranet.outcome());
        assertTrue(intranet.detail().contains("private"), intranet.detail());
        assertEquals(FetchOutcome.BLOCKED, only("http://169.254.169.254/latest").outcome());
        assertTrue(intranet.requestHeaders().isEmpty(), "nothing was sent");
    }

    @Test
    void paginationBeyondTheLimitIsCutAsATrapAndRecordedOnce() {
        for (int p = 1; p <= 6; p++) {
            site.html("/list?p=" + p, "<a data-kind='PAGINATION' data-page='" + (p + 1) + "' href='/list?p=" + (p + 1)
                    + "'>next</a><a data-kind='PAGINATION' data-page='" + (p + 1) + "' href='/list?p=" + (p + 1) + "'>again</a>");
        }

        crawl(TestRules.of(site, "/list?p=1"), "crawl.max-pagination-pages", "3");

        assertEquals(List.of("/list?p=1", "/list?p=2", "/list?p=3"), site.pageTargets());
        FetchRecord trap = only(site.url("/list?p=4"));
        assertEquals(FetchOutcome.TRAP, trap.outcome());
        assertEquals(0, only(site.url("/list?p=3")).depth(), "pagination keeps the depth");
    }

    @Test
    void depthLengthAndRepeatedSegmentLimitsRefuseLinks() {
        site.html("/", "<a href='/1'>deeper</a><a href='/a/b/a/c/a/'>loop</a><a href='/" + "x".repeat(300) + "'>long</a>")
                .html("/1", "<a href='/2'>deeper</a>")
                .html("/2", "<a href='/3'>too deep</a>");

        crawl(TestRules.of(site, "/"), "crawl.max-depth", "2", "crawl.max-url-length", "200");

        assertEquals(List.of("/", "/1", "/2"), site.pageTargets());
        assertEquals(FetchOutcome.BLOCKED, only(site.url("/3")).outcome());
        assertEquals(FetchOutcome.TRAP, only(site.url("/a/b/a/c/a/")).outcome());
        assertEquals(FetchOutcome.TRAP, only(site.url("/" + "x".repeat(300))).outcome());
    }

    @Test
    void linksOutOfScopeOrOffTheAllowlistAreDroppedQuietly() {
        site.html("/", "<a href='/out-of-scope/x'>o</a><a href='http://www.example.org/'>e</a>");

        crawl(TestRules.of(site, "/"));

        assertEquals(List.of("/"), site.pageTargets());
        assertTrue(archive.pageRecords("GET " + site.url("/out-of-scope/x")).isEmpty());
        assertTrue(archive.pageRecords("GET http://www.example.org/").isEmpty());
    }

    @Test
    void cookiesFromTheFileAreSentButOnlyTheirNamesAreArchived() throws Exception {
        site.html("/", "hello");
        Path cookies = dataDir.resolve("cookies.txt");
        Files.writeString(cookies, "# Netscape HTTP Cookie File\n"
                + "127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tsecret-value\n"
                + "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\ttok\txyz\n"
                + "other.example\tFALSE\t/\tFALSE\t0\tnot\tmine\n", StandardCharsets.UTF_8);

        Crawler.run(CrawlFixtures.withCookies(CrawlFixtures.options(dataDir, "g2", site, TestRules.of(site, "/"),
                CrawlFixtures.settings()), cookies), archive);

        assertEquals("sid=secret-value; tok=xyz", site.hits("/").get(0).header("Cookie"));
        List<Header> sent = only(site.url("/")).requestHeaders();
        assertTrue(sent.contains(new Header("Cookie", "sid=(redacted); tok=(redacted)")), sent.toString());
        assertFalse(archive.records.toString().contains("secret-value"));
    }

    @Test
    void aBodyOverTheLimitIsStoredTruncatedAsTooLarge() {
        site.html("/", "<a href='/big'>b</a><a href='/exact'>e</a>")
                .text("/big", "text/html", "x".repeat(5000))
                .text("/exact", "text/html", "y".repeat(1024));

        crawl(TestRules.of(site, "/"), "crawl.max-body-bytes", "1KiB");

        FetchRecord big = only(site.url("/big"));
        assertEquals(FetchOutcome.TOO_LARGE, big.outcome());
        assertEquals(1024, big.response().body().length);
        assertTrue(big.response().truncated());
        assertEquals(FetchOutcome.OK, only(site.url("/exact")).outcome());
    }

    @Test
    void aFormPostIsSentWithItsBodyAndFormContentType() {
        site.html("/", "<a href='/x'>x</a>")
                .on("/list.do", (h, n) -> TinySite.Reply.of(200, "text/html", TinySite.page("posted " + h.body())));

        crawl(TestRules.of(site, "/").withSeeds(List.of(org.civcred.model.CrawlRequest.post(site.url("/list.do"),
                "pageNo=1&messageid=m&yzm="))));

        TinySite.Hit post = site.hits("/list.do").get(0);
        assertEquals("POST", post.method());
        assertEquals("pageNo=1&messageid=m&yzm=", post.body());
        assertEquals(Fetcher.FORM_TYPE, post.header("Content-Type"));
        assertEquals("zh-CN,zh;q=0.9", post.header("Accept-Language"));
        assertTrue(post.header("User-Agent").startsWith("civcred/"));
    }
}
