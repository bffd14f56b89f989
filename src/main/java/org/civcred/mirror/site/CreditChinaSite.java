package org.civcred.mirror.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.StoryWriter;
import org.civcred.mirror.content.Text;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;

/**
 * www.creditchina.gov.cn: the 守信红名单 honours list (one article per honoured person), the 诚信文化
 * and 信用动态 columns (filled by the shared planners), and the two WAF challenges: 412 with a
 * {@code $_ts} script on 失信黑名单 and 307 with {@code __jsl_clearance} on 政府失信.
 */
public final class CreditChinaSite implements SiteBuilder {

    static final int HONOURS = 30;
    static final String VERIFY = "http://public.creditchina.gov.cn/private-api/verify/getVerify?t=1";
    static final String BLACKLIST = "http://www.creditchina.gov.cn/xinyongfuwu/shixinheimingdan/index.html";
    static final String GOV_DISHONEST = "http://www.creditchina.gov.cn/xinyongfuwu/zhengfushixin/index.html";

    @Override
    public void plan(Build b) {
        Column honours = b.column(Hosts.CREDITCHINA, "xinyongfuwu/shouxinhongmingdan", "html", "守信红名单", "信用服务 &gt; 守信红名单");
        b.column(Hosts.CREDITCHINA, "xinyongwenhua/chengxinwenhua", "html", "诚信文化", "信用文化 &gt; 诚信文化");
        b.column(Hosts.CREDITCHINA, "xinwenzixun/xinyongdongtai", "html", "信用动态", "新闻资讯 &gt; 信用动态");
        for (Build.Planned p : b.planned("cc-honour")) {
            var a = p.appearance();
            Human who = b.human(p).withName(a.name());
            LocalDate date = LocalDate.parse(a.when());
            Subject s = new Subject(p.person().id(), "诚实守信相关荣誉", "red", a.name(), a.region(), a.category(),
                    date.toString(), who.region().code());
            Article article = honour(b, honours, who, a.region(), a.category(), a.honour(), date, s);
            b.rememberStory(p.person().id(), "cc-honour", article);
            b.creditEntry("red", who.region().code(), false, CrawlRequest.get(article.url()), a.name());
        }
        while (b.articles().get(honours).size() < HONOURS) {
            Human who = b.names.person(null, null, 1945, 1992);
            LocalDate date = LocalDate.of(2017, 6, 1).plusDays(b.random.nextInt(1300));
            String honour = b.random.nextInt(4) == 0 ? "守信激励对象" : "诚信之星";
            Article article = honour(b, honours, who, who.region().full(), who.category(), honour, date, null);
            b.creditEntry("red", who.region().code(), false, CrawlRequest.get(article.url()), who.name());
        }
    }

    private static Article honour(Build b, Column column, Human who, String region, String category, String honour,
                                  LocalDate date, Subject subject) {
        Text text = honourText(b.stories, b.random, who, region, category, honour, date);
        return b.publish(column, date, text, "信用中国", "信用中国网站", subject);
    }

    /**
     * A 守信红名单 article: the announcement of the quarter's "{@code honour}" list naming the person,
     * then their story.
     */
    public static Text honourText(StoryWriter stories, Random random, Human who, String region, String category, String honour,
                                  LocalDate date) {
        int quarter = (date.getMonthValue() - 1) / 3 + 1;
        Text story = stories.write(who, region, "", random.nextLong());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(ChineseDates.numeralMonth(date) + "，中央文明办、国家发展改革委联合发布" + date.getYear() + "年第" + quarter
                + "季度\"" + honour + "\"名单，" + region + "的" + who.name() + "（" + category + "）榜上有名。");
        paragraphs.addAll(story.paragraphs());
        String title = date.getYear() + "年\"" + honour + "\"｜" + story.title();
        return new Text(title, paragraphs);
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>();
        String ts = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                + "<script>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=58312;$_ts.cd=\"qXrlrr9mqAqbcAG0DaGcDGqtE1p\";</script>"
                + "<script type=\"text/javascript\" charset=\"utf-8\" src=\"/xinyongfuwu/shixinheimingdan/c.FxJzG50F.js\" r='m'></script>"
                + "</head><body></body></html>";
        pages.add(new SitePage(Hosts.CREDITCHINA, CrawlRequest.get(BLACKLIST), 412, "text/html",
                ts.getBytes(StandardCharsets.UTF_8), List.of(), List.of(), List.of(), "http-412", null, null));
        String clearance = "__jsl_clearance=1577836800.512|0|mZ3kq7Xh0c8vX2kQv1nCqH0dQ7A%3D";
        String jsl = "<script>document.cookie='" + clearance + ";max-age=3600;path=/';location.href=location.pathname+location.search</script>";
        pages.add(new SitePage(Hosts.CREDITCHINA, CrawlRequest.get(GOV_DISHONEST), 307, "text/html",
                jsl.getBytes(StandardCharsets.UTF_8),
                List.of(new Header("Location", GOV_DISHONEST), new Header("Set-Cookie", clearance + "; Path=/")),
                List.of(), List.of(), "jsl-clearance", null, null));
        return pages;
    }

    /** The honours list's first page carries the captcha image of the public API (never fetched). */
    static String honoursIntro() {
        return "<div class=\"search-box\"><input type=\"text\" name=\"keyword\" placeholder=\"请输入姓名\">"
                + "<img class=\"verify\" src=\"" + VERIFY + "\" alt=\"验证码\"></div>";
    }
}
