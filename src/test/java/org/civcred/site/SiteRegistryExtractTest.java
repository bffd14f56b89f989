package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class SiteRegistryExtractTest {

    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));

    @Test
    void anUnknownHostGetsTheGenericTrsReading() {
        Page page = Fixtures.html("http://www.example.gov.cn/news/201901/t20190105_1234.html", """
                <html><head><title>Site</title></head><body><h1>标题</h1>
                <div class="info">发布日期：2019-01-05</div><div class="TRS_Editor"><p>正文一</p><p>正文二</p></div>
                <a href="./t20190106_1235.html">下一篇</a><a href="/about.html">关于</a></body></html>""");
        Extraction e = REGISTRY.extract(page);
        assertEquals("generic", e.siteId());
        assertEquals("", e.family());
        assertEquals("标题", e.fields().get("title"));
        assertEquals("2019-01-05", e.fields().get("published"));
        assertEquals("正文一\n正文二", e.fields().get("body"));
        assertEquals(1, e.links().size());
        assertEquals(LinkKind.DETAIL, e.links().get(0).kind());
    }

    @Test
    void aChallengeStatusIsNotExtracted() {
        Page page = Fixtures.page(CrawlRequest.get("http://www.creditchina.gov.cn/xinyongfuwu/zhengfushixin/index.html"),
                307, "text/html", "<script>document.cookie='__jsl_clearance=1'</script><a href='/x/t20200101_1.html'>".getBytes());
        Extraction e = REGISTRY.extract(page);
        assertEquals("list", e.pageType());
        assertTrue(e.links().isEmpty());
        assertEquals("HTTP 307: not extracted", e.warnings().get(0));
    }

    @Test
    void aUrlNoPageTypeMatchesIsAWarningNotAnError() {
        Extraction e = REGISTRY.extract(Fixtures.html("http://credit.fzgg.tj.gov.cn/about.html", "<p>x</p>"));
        assertEquals("unmatched", e.pageType());
        assertEquals("credit", e.family());
        assertTrue(e.warnings().get(0).contains("credit-tianjin"));
    }

    @Test
    void aJsonBodyWhereAnHtmlListIsExpectedGivesNoLinks() {
        Extraction e = REGISTRY.extract(Fixtures.json("http://www.wenming.cn/a/yw/index.shtml", "[1,2]"));
        assertEquals("article-list", e.pageType());
        assertTrue(e.links().isEmpty());
    }
}
