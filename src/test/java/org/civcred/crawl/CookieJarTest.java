package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

class CookieJarTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static CookieJar jar(String... lines) {
        return new CookieJar(CookieJar.parse(List.of(lines), "cookies.txt"));
    }

    @Test
    void aCookieMatchesItsHostAndPathPrefix() {
        CookieJar jar = jar("credit.example.cn\tFALSE\t/xygs\tFALSE\t0\tJSESSIONID\tabc");

        assertEquals(Optional.of("JSESSIONID=abc"), jar.headerFor("http://credit.example.cn/xygs/list.do", NOW));
        assertEquals(Optional.of("JSESSIONID=abc"), jar.headerFor("http://credit.example.cn/xygs", NOW));
        assertEquals(Optional.empty(), jar.headerFor("http://credit.example.cn/xygsother", NOW));
        assertEquals(Optional.empty(), jar.headerFor("http://credit.example.cn/", NOW));
        assertEquals(Optional.empty(), jar.headerFor("http://sub.credit.example.cn/xygs/", NOW));
    }

    @Test
    void aDomainCookieCoversSubdomainsWhenFlaggedOrDotted() {
        CookieJar jar = jar(".example.cn\tTRUE\t/\tFALSE\t0\ta\t1", "example.org\tTRUE\t/\tFALSE\t0\tb\t2");

        assertEquals(Optional.of("a=1"), jar.headerFor("http://www.example.cn/x", NOW));
        assertEquals(Optional.of("a=1"), jar.headerFor("http://example.cn/x", NOW));
        assertEquals(Optional.of("b=2"), jar.headerFor("http://deep.www.example.org/", NOW));
        assertEquals(Optional.empty(), jar.headerFor("http://badexample.cn/", NOW), "suffix without a dot");
    }

    @Test
    void secureCookiesGoOnlyOverHttpsAndExpiredOnesNotAtAll() {
        CookieJar jar = jar("h.cn\tFALSE\t/\tTRUE\t0\ts\t1", "h.cn\tFALSE\t/\tFALSE\t1700000000\told\t2",
                "h.cn\tFALSE\t/\tFALSE\t1900000000\tnew\t3");

        assertEquals(Optional.of("new=3"), jar.headerFor("http://h.cn/", NOW));
        assertEquals(Optional.of("s=1; new=3"), jar.headerFor("https://h.cn/", NOW));
    }

    @Test
    void httpOnlyLinesAreReadCommentsBlankAndMalformedLinesSkipped() {
        CookieJar jar = jar("# Netscape HTTP Cookie File", "", "#HttpOnly_h.cn\tFALSE\t/\tFALSE\t0\tho\t1",
                "h.cn\tFALSE\t/\tFALSE", "h.cn\tFALSE\t/\tFALSE\tsoon\tbad\t2", "h.cn\tFALSE\t/\tFALSE\t0\tok\t3");

        assertEquals(2, jar.size());
        assertEquals(Optional.of("ho=1; ok=3"), jar.headerFor("http://h.cn/a", NOW));
    }

    @Test
    void challengeClearanceCookiesAreNeverLoaded() {
        CookieJar jar = jar("h.cn\tFALSE\t/\tFALSE\t0\t__jsl_clearance\t1.2|0|x", "h.cn\tFALSE\t/\tFALSE\t0\t__jsluid_h\ty",
                "h.cn\tFALSE\t/\tFALSE\t0\tsid\tz");

        assertEquals(Optional.of("sid=z"), jar.headerFor("http://h.cn/", NOW));
    }

    @Test
    void redactionKeepsNamesAndDropsValues() {
        assertEquals("a=(redacted); b=(redacted); flag=(redacted)", CookieJar.redact("a=1; b=x=y;flag"));
    }

    @Test
    void aMissingFileIsAUserFacingError() {
        assertThrows(CivcredException.class, () -> CookieJar.load(Path.of("/nonexistent/cookies.txt")));
    }
}
