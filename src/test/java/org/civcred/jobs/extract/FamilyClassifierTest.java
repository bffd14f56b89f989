package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.civcred.mirror.MirrorResource;
import org.civcred.site.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FamilyClassifierTest {

    private static FamilyDecision onUnknownHost(MirrorResource page) {
        String moved = page.url().replaceFirst("^http://[^/]+", "http://news.example.org");
        CaptureInput capture = Captures.of(moved, null, page.contentType(), page.body());
        return FamilyClassifier.decide(capture, capture.page(), Captures.extract(capture));
    }

    @Test
    void aLocalCivilizationStoryOnAnUnmappedHostIsCivilizationByItsBreadcrumb() {
        MirrorResource story = Captures.mirrorPage(u -> u.startsWith("http://hnzmd.wenming.cn/") && u.contains("/t"));
        assertEquals(new FamilyDecision("civilization", "content: breadcrumb 身边好人"), onUnknownHost(story));
    }

    @Test
    void aGbkCreditArticleOnAnUnmappedHostIsCreditByItsBreadcrumb() {
        MirrorResource article = Captures.mirrorPage(u -> u.startsWith("http://credit.nanyang.gov.cn/shxyxx/") && u.contains("/t"));
        assertEquals(new FamilyDecision("credit", "content: breadcrumb 社会信用信息"), onUnknownHost(article));
    }

    @Test
    void theArticleTextNeverDecidesSoACrossMentionCannotTurnACreditPageIntoCivilization() {
        String html = "<html><head><title>创建文明城市 身边好人 道德模范</title></head><body>"
                + "<div class=\"breadcrumb\">首页 &gt; 信用动态 &gt; 正文</div>"
                + "<div class=\"content\"><p>身边好人、道德模范、文明网、精神文明建设……</p></div></body></html>";
        assertEquals(new FamilyDecision("credit", "content: breadcrumb 信用动态"),
                FamilyClassifier.byContent(Jsoup.parse(html)));
    }

    @Test
    void whenTheBreadcrumbSaysNothingTheSiteNameInTheTitleDecides() {
        String html = "<html><head><title>一位老人的故事_驻马店文明网</title></head><body>"
                + "<div class=\"breadcrumb\">首页 &gt; 新闻 &gt; 正文</div><p>正文</p></body></html>";
        assertEquals(new FamilyDecision("civilization", "content: site name 文明网"),
                FamilyClassifier.byContent(Jsoup.parse(html)));
    }

    @Test
    void aFooterNamingTheIssuingBodyDecidesLast() {
        String html = "<html><head><title>通知</title></head><body><p>正文</p>"
                + "<div class=\"footer\">主办单位：某市发展和改革委员会</div></body></html>";
        assertEquals(new FamilyDecision("credit", "content: footer 发展和改革委员会"),
                FamilyClassifier.byContent(Jsoup.parse(html)));
    }

    @Test
    void aCountyReleaseWithANeutralFrameIsJudgedByItsOwnTitleLast() {
        String html = "<html><head><title>某县2019年第二季度诚信“红黑榜”发布_某县人民政府</title></head><body>"
                + "<div class=\"breadcrumb\">首页 &gt; 通知公告 &gt; 正文</div><p>一、红榜</p></body></html>";
        assertEquals(new FamilyDecision("credit", "content: title 红黑榜"), FamilyClassifier.byContent(Jsoup.parse(html)));
    }

    @Test
    void aPageWithoutCuesOrWithBalancedCuesIsUndecided() {
        assertEquals(FamilyDecision.undecided(""), FamilyClassifier.byContent(Jsoup.parse(
                "<html><head><title>天气预报</title></head><body><p>晴</p></body></html>")));
        assertEquals(FamilyDecision.undecided(""), FamilyClassifier.byContent(Jsoup.parse(
                "<html><body><div class=\"breadcrumb\">首页 &gt; 信用动态 &gt; 身边好人</div></body></html>")));
    }

    @Test
    void theHostMapComesFirstAndNamesTheHost() {
        MirrorResource story = Captures.mirrorPage(u -> u.startsWith("http://hnzmd.wenming.cn/") && u.contains("/t"));
        CaptureInput capture = Captures.of(story, "civilization");
        assertEquals(FamilyDecision.hostMap("civilization", "hnzmd.wenming.cn"),
                FamilyClassifier.decide(capture, capture.page(), Captures.extract(capture)));
    }

    @Test
    void jsonFromAnUnmappedHostIsUndecided() {
        CaptureInput capture = Captures.of("http://api.example.org/list?page=1", null, "application/json",
                "{\"rows\":[]}".getBytes(StandardCharsets.UTF_8));
        Page page = capture.page();
        FamilyDecision d = FamilyClassifier.decide(capture, page, Captures.extract(capture));
        assertNull(d.family());
        assertEquals("undecided: JSON from a host the host map does not cover", d.reason());
    }
}
