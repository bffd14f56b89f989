package org.civcred.crawl;

import org.civcred.testing.WarcContents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlerWarcTest {

    @TempDir
    Path dataDir;
    TinySite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TinySite().text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        String links = IntStream.rangeClosed(1, 8).mapToObj(i -> "<a href='/p" + i + "'>" + i + "</a>")
                .collect(Collectors.joining()) + "<a href='/private/x'>x</a>";
        site.html("/", links);
        for (int i = 1; i <= 8; i++) {
            site.html("/p" + i, "<a href='/'>home</a><a href='/p" + (i % 8 + 1) + "'>next</a>");
        }
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private CrawlOptions options(String crawlId) {
        return CrawlFixtures.options(dataDir, crawlId, site, TestRules.of(site, "/"), CrawlFixtures.settings());
    }

    @Test
    void aCrawlStoppedByItsPageBudgetResumesWithoutDuplicatesOrLosses() throws Exception {
        CrawlResult first = Crawler.run(CrawlFixtures.withMaxPages(options("w1"), 3));
        assertTrue(first.deferred() > 0, "the budget left work in the frontier");
        assertEquals(3, site.pageTargets().size());

        CrawlResult second = Crawler.run(options("w1"));

        assertEquals(0, second.deferred());
        List<String> expected = IntStream.rangeClosed(1, 8).mapToObj(i -> "/p" + i).collect(Collectors.toList());
        expected.add("/");
        assertEquals(expected.stream().sorted().toList(), site.pageTargets().stream().sorted().toList(),
                "every page requested exactly once over both runs");
        assertEquals(1, site.hits("/robots.txt").size(), "the archived robots.txt is reused on resume");
        Map<String, List<WarcContents.Item>> finals = WarcContents.read(Path.of(first.crawlDir())).finalPages();
        assertEquals(10, finals.size(), "nine pages and the disallowed one");
        assertTrue(finals.values().stream().allMatch(l -> l.size() == 1), "one terminal record per request");
        assertEquals("robots-disallowed", finals.get("GET " + site.url("/private/x")).get(0).field("outcome"));
        assertTrue(Files.exists(Path.of(second.statsFile())));
        assertEquals(1, second.warcFiles().size());
    }

    @Test
    void aReCrawlSendsValidatorsAndArchivesRevisitsForUnchangedPages() throws Exception {
        site.on("/etag", (h, n) -> "\"v1\"".equals(h.header("If-None-Match"))
                ? TinySite.Reply.of(304, null, "").with("ETag", "\"v1\"")
                : TinySite.Reply.of(200, "text/html", TinySite.page("<a href='/p1'>one</a>")).with("ETag", "\"v1\"")
                        .with("Last-Modified", "Wed, 01 Jan 2020 00:00:00 GMT"));
        site.text("/api", "application/json", "{\"links\":[]}");
        site.html("/", "<a href='/etag'>e</a><a href='/api'>a</a>");
        site.on("/p1", (h, n) -> TinySite.Reply.of(200, "text/html", TinySite.page("version " + n)));

        Crawler.run(options("r1"));
        CrawlResult second = Crawler.run(options("r2"));

        TinySite.Hit conditional = site.hits("/etag").get(1);
        assertEquals("\"v1\"", conditional.header("If-None-Match"));
        assertEquals("Wed, 01 Jan 2020 00:00:00 GMT", conditional.header("If-Modified-Since"));
        assertEquals(2, site.hits("/p1").size(), "the 304 page's links still come from its earlier capture");
        WarcContents warc = WarcContents.read(Path.of(second.crawlDir()));
        Map<String, String> profiles = warc.ofType("revisit").stream()
                .collect(Collectors.toMap(WarcContents.Item::target, WarcContents.Item::profile));
        assertTrue(profiles.get(site.url("/etag")).endsWith("server-not-modified"), profiles.toString());
        assertTrue(profiles.get(site.url("/api")).endsWith("identical-payload-digest"), profiles.toString());
        assertEquals(null, profiles.get(site.url("/p1")), "a changed page is a new response");
        assertNotNull(second.outcomes().get("unchanged"));
        assertEquals(1L, second.outcomes().get("ok") - 1, "/p1 and robots.txt");
    }

    @Test
    void aHadoopFileUriWorksAsTheDataDirectory() throws Exception {
        CrawlOptions o = options("u1");
        CrawlOptions uri = new CrawlOptions(dataDir.toUri().toString(), "u1", List.of(), o.rules(), o.settings(),
                o.proxy(), null, null, true, null, null, o.clock(), new org.apache.hadoop.conf.Configuration());

        CrawlResult result = Crawler.run(uri);

        assertTrue(result.statsFile().startsWith("file:"), result.statsFile());
        assertTrue(Files.exists(dataDir.resolve("raw/u1/crawl-stats.json")));
        assertEquals(10, WarcContents.read(dataDir.resolve("raw/u1")).finalPages().size());
        try (var files = Files.walk(dataDir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".crc")), "no checksum side files");
        }
    }
}
