package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.civcred.model.Header;
import org.civcred.storage.HttpResponseData;
import org.junit.jupiter.api.Test;

class RobotsBookTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-02T12:00:00Z"), ZoneOffset.UTC);

    private static HttpResponseData robots(int status, String body, Header... headers) {
        return new HttpResponseData("HTTP/1.1", status, "", List.of(headers), body.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void aServedFileIsObeyedForTheCivcredAgentWithItsCrawlDelay() {
        RobotsBook.HostRobots r = RobotsBook.parse("http://h.cn/robots.txt", robots(200,
                "User-agent: *\nDisallow: /\n\nUser-agent: civcred\nDisallow: /search/\nCrawl-delay: 7\n"));

        assertTrue(r.allows("http://h.cn/a/index.shtml"));
        assertFalse(r.allows("http://h.cn/search/?q=x"));
        assertEquals(Duration.ofSeconds(7), r.crawlDelay());
    }

    @Test
    void aMissingFileAllowsEverythingAndAServerErrorMakesTheHostUnavailable() {
        RobotsBook.HostRobots missing = RobotsBook.parse("http://h.cn/robots.txt", robots(404, "nope"));
        RobotsBook.HostRobots broken = RobotsBook.parse("http://h.cn/robots.txt", robots(503, ""));

        assertTrue(missing.allows("http://h.cn/anything"));
        assertNull(missing.crawlDelay());
        assertTrue(broken.unavailable());
        assertFalse(broken.allows("http://h.cn/anything"));
    }

    @Test
    void anArchivedFileIsReusedWhileFreshButNotWhenStaleOrAnError() {
        Header fresh = new Header("Date", "Sat, 02 May 2026 06:00:00 GMT");
        Header stale = new Header("Date", "Wed, 29 Apr 2026 06:00:00 GMT");
        RobotsBook book = new RobotsBook(Map.of(
                "a.cn", robots(200, "User-agent: *\nDisallow: /x/\n", fresh),
                "b.cn", robots(200, "User-agent: *\nDisallow: /\n", stale),
                "c.cn:8080", robots(500, "", fresh)), CLOCK, Duration.ofHours(24));

        assertFalse(book.lookup("http://a.cn/x/1").orElseThrow().allows("http://a.cn/x/1"));
        assertTrue(book.lookup("http://b.cn/").isEmpty(), "older than crawl.robots.cache-ttl");
        assertTrue(book.lookup("http://c.cn:8080/").isEmpty(), "a server error is asked again");
    }

    @Test
    void anUnreachableHostIsDeniedForThisRunAndRemembered() {
        RobotsBook book = new RobotsBook(Map.of(), CLOCK, Duration.ofHours(24));
        book.unreachable("http://d.cn/x", "connection refused");

        RobotsBook.HostRobots r = book.lookup("http://d.cn/other").orElseThrow();
        assertTrue(r.unavailable());
        assertTrue(r.why().contains("connection refused"));
    }
}
