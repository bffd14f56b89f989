package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * The 先进人物库 (/wmsjk/xjrw/index.shtml): one large static page (over 300 KB) with sections for
 * the 道德模范 editions 1–9, 时代楷模, 中国好人 (every honouree of the mirrored editions, linked to
 * their story, plus earlier ones) and 诚信之星; planted 先进人物库 entries go into their section.
 */
final class XjrwPage {

    /** A 中国好人榜 honouree of the mirrored editions. */
    record Honouree(String name, Region region, String category, String storyUrl, String personId) { }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static final String URL = "http://www.wenming.cn/wmsjk/xjrw/index.shtml";
    static final String PRINT_URL = "http://www.wenming.cn/wmsjk/xjrw/print/index.shtml";

    private final List<Honouree> honourees;

    XjrwPage(List<Honouree> honourees) {
        this.honourees = honourees;
    }

    List<SitePage> render(Build b) {
        CrawlRequest request = CrawlRequest.get(URL);
        List<Build.Planned> planted = b.planned("xjrw");
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(Hosts.WENMING));
        StringBuilder main = new StringBuilder("<div class=\"xjrw-head\"><h2>先进人物库</h2><a href=\"/wmsjk/xjrw/print/index.shtml\">打印本页</a></div>\n");
        links.add(CrawlRequest.get(PRINT_URL));
        for (int e = 0; e < 9; e++) {
            String section = "第" + NUMERALS[e] + "届全国道德模范";
            main.append(section(b, section, 230, planted, request, List.of()));
        }
        main.append(section(b, "时代楷模", 140, planted, request, List.of()));
        main.append(section(b, "中国好人", 520, planted, request, honourees));
        for (Honouree h : honourees) {
            links.add(CrawlRequest.get(h.storyUrl()));
        }
        main.append(section(b, "诚信之星", 160, planted, request, List.of()));
        String html = Html.page(Hosts.WENMING, "先进人物库", List.of(), "文明数据库 &gt; 先进人物库", main.toString());
        LocalDate date = LocalDate.of(2020, 12, 1);
        SitePage page = SitePage.html(Hosts.WENMING, request, html, links, date, null);
        String printHtml = Html.page(Hosts.WENMING, "先进人物库（打印版）", List.of(), "文明数据库 &gt; 先进人物库 &gt; 打印", main.toString());
        SitePage print = SitePage.html(Hosts.WENMING, CrawlRequest.get(PRINT_URL), printHtml, List.of(), date, null);
        return List.of(page, print);
    }

    private String section(Build b, String title, int fillers, List<Build.Planned> planted, CrawlRequest page,
                           List<Honouree> linked) {
        StringBuilder s = new StringBuilder("<div class=\"xjrw-sec\"><h3>" + title + "</h3><ul>\n");
        for (Build.Planned p : planted) {
            Scenario.Appearance a = p.appearance();
            if (a.when().equals(title)) {
                Human who = b.human(p);
                s.append(entry("#", a.name(), a.region(), a.category()));
                b.mention(new Subject(p.person().id(), "先进人物库" + title, "honour", a.name(), a.region(), a.category(),
                        null, who.region().code()), Hosts.WENMING, page);
            }
        }
        for (Honouree h : linked) {
            String area = h.region().provinceShort() + h.region().cityShort();
            s.append(entry(h.storyUrl().substring(Hosts.WENMING.base().length()), h.name(), area, h.category()));
            if (h.personId() != null) {
                b.mention(new Subject(h.personId(), "先进人物库" + title, "honour", h.name(), area, h.category(), null,
                        h.region().code()), Hosts.WENMING, page);
            }
        }
        for (int i = 0; i < fillers; i++) {
            Human who = b.names.person(null, Pools.CATEGORIES.get(i % 5), 1930, 1995);
            s.append(entry("#", who.name(), who.region().provinceShort() + who.region().cityShort(), who.category()));
        }
        return s.append("</ul></div>\n").toString();
    }

    private static String entry(String href, String name, String area, String category) {
        return "<li><a href=\"" + href + "\">" + Html.esc(name) + "</a><span class=\"area\">" + Html.esc(area)
                + "</span><span class=\"cat\">" + Html.esc(category) + "</span></li>\n";
    }
}
