package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LimitedHtmlParserTest {

    private static final String URL = "http://www.wenming.cn/a/t20190101_1.shtml";

    private static String reason(HtmlLimits limits, String html) {
        return assertThrows(HtmlLimitExceeded.class, () -> new LimitedHtmlParser(limits).parse(html, URL)).reason();
    }

    @Test
    void anOrdinaryPageParsesWithinTheDefaults() {
        Document d = new LimitedHtmlParser(HtmlLimits.DEFAULTS).parse("<html><head><title>题</title></head><body>"
                + "<div>".repeat(100) + "<a href='/x' title='t'>文</a></body></html>", URL);
        assertEquals("题", d.title());
        assertEquals("http://www.wenming.cn/x", d.selectFirst("a").absUrl("href"));
    }

    @Test
    void eachLimitHasItsOwnReasonAndNamesItsSetting() {
        HtmlLimits small = new HtmlLimits(1000, 50, Duration.ofSeconds(5), 100);
        assertEquals("html-too-large", reason(small, "x".repeat(1001)));
        assertEquals("markup-too-deep", reason(small, "<div>".repeat(60)));
        assertEquals("attribute-too-long", reason(small, "<p title='" + "a".repeat(101) + "'>x</p>"));
        HtmlLimitExceeded e = assertThrows(HtmlLimitExceeded.class,
                () -> new LimitedHtmlParser(small).parse("<div>".repeat(60), URL));
        assertTrue(e.getMessage().contains("extract.max-nesting-depth"), e.getMessage());
    }

    @Test
    void aParseThatOutlivesItsDeadlineStopsWithParseTimeout() {
        HtmlLimits instant = new HtmlLimits(1 << 20, 512, Duration.ofNanos(1), 1000);
        assertEquals("parse-timeout", reason(instant, "<html><body>" + "<p>text</p>".repeat(10_000) + "</body></html>"));
    }

    @Test
    void aHundredThousandNestedElementsAreRefusedWithoutOverflowingTheStack() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>";
        assertEquals("markup-too-deep", reason(HtmlLimits.DEFAULTS, deep));
    }
}
