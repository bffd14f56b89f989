package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civcred.site.Extraction;
import org.junit.jupiter.api.Test;

class TrsArticleExtractorTest {

    private final TrsArticleExtractor trs = new TrsArticleExtractor();

    @Test
    void theWenmingTemplateGivesMetaDateSourceAndEditorBody() {
        Extraction e = Pages.run(trs, Pages.html("http://www.wenming.cn/a/yw/201801/t20180131_4578310.shtml", """
                <html><head><title>标题_中国文明网</title><meta name="publishdate" content="2018-01-30">
                <meta name="source" content="人民日报"></head><body><h1>网站</h1>
                <div id="title_tex">标题</div><div id="time_tex">发表时间：2018-01-31 来源：中国文明网</div>
                <div id="tex"><div class="TRS_Editor"><p>　　第一段</p><p>第二段&nbsp;</p></div><p>责任编辑</p></div>
                </body></html>"""));
        assertEquals("标题", e.fields().get("title"));
        assertEquals("2018-01-30", e.fields().get("published"));
        assertEquals("人民日报", e.fields().get("source"));
        assertEquals("第一段\n第二段", e.fields().get("body"));
        assertTrue(e.warnings().isEmpty());
    }

    @Test
    void withoutMetasTheUrlDateAndTheSourceLineAreUsed() {
        Extraction e = Pages.run(trs, Pages.html("http://www.tongbai.gov.cn/xyxx/hhb/201907/t20190715_58123.html", """
                <html><body><h1 class="title">发布</h1>
                <div class="info">发布日期：2019-07-16 信息来源：县文明办 县发展改革委</div>
                <div class="content"><p>正文</p></div></body></html>"""));
        assertEquals("2019-07-15", e.fields().get("published"));
        assertEquals("县文明办 县发展改革委", e.fields().get("source"));
    }

    @Test
    void aDateLineIsTheLastResortAndKeepsItsTime() {
        Extraction e = Pages.run(trs, Pages.html("http://hnny.wenming.cn/sbhr/show.html?id=5", """
                <html><body><h1 class="art-title">题</h1>
                <div class="art-info">发布时间：2019-03-02 10:15 来源：南阳文明网</div><div id="tex"><p>文</p></div></body></html>"""));
        assertEquals("2019-03-02 10:15", e.fields().get("published"));
        assertEquals("南阳文明网", e.fields().get("source"));
        assertEquals("题", e.fields().get("title"));
    }

    @Test
    void theTitleFallsBackToTheHeadTitleAndAMissingBodyIsAWarning() {
        Extraction e = Pages.run(trs, Pages.html("http://h.cn/x.html", "<html><head><title>只有标题</title></head><body></body></html>"));
        assertEquals("只有标题", e.fields().get("title"));
        assertTrue(e.warnings().get(0).startsWith("no article body"));
    }
}
