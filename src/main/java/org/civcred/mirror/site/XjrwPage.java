package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * The 先进人物库 (/wmsjk/xjrw/index.shtml): one large static page (over 300 KB) with sections for
 * the 道德模范 editions 1–9, 时代楷模, 中国好人 (every honouree of the mirrored editions, linked to
 * their story, plus earlier ones) and 诚信之星; planted 先进人物库 entries go into their section.
 */
public final class XjrwPage {

    /** A 中国好人榜 honouree of the mirrored editions. */
    record Honouree(String name, Region region, String category, String storyUrl, String personId) { }

    /** One entry of a section: its link, name, area (province and city, short) and category. */
    public record Entry(String href, String name, String area, String category) { }

    /** A section of the page and how many filler entries it carries after the linked ones. */
    public record Section(String title, int fillers) { }

    /** The section that lists the 中国好人榜 honourees, linked to their stories. */
    public static final String HONOUREES = "中国好人";

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final LocalDate DATE = LocalDate.of(2020, 12, 1);
    public static final String URL = "http://www.wenming.cn/wmsjk/xjrw/index.shtml";
    static final String PRINT_URL = "http://www.wenming.cn/wmsjk/xjrw/print/index.shtml";

    private final List<Honouree> honourees;

    XjrwPage(List<Honouree> honourees) {
        this.honourees = honourees;
    }

    /** The sections in page order: the nine 道德模范 editions, 时代楷模, 中国好人 and 诚信之星. */
    public static List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (int e = 0; e < 9; e++) {
            sections.add(new Section("第" + NUMERALS[e] + "届全国道德模范", 230));
        }
        sections.add(new Section("时代楷模", 140));
        sections.add(new Section(HONOUREES, 520));
        sections.add(new Section("诚信之星", 160));
        return sections;
    }

    List<SitePage> render(Build b) {
        CrawlRequest request = CrawlRequest.get(URL);
        List<Build.Planned> planted = b.planned("xjrw");
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(Hosts.WENMING));
        links.add(CrawlRequest.get(PRINT_URL));
        List<String> sections = new ArrayList<>();
        for (Section s : sections()) {
            sections.add(section(b, s, planted, request, s.title().equals(HONOUREES) ? honourees : List.of()));
            if (s.title().equals(HONOUREES)) {
                for (Honouree h : honourees) {
                    links.add(CrawlRequest.get(h.storyUrl()));
                }
            }
        }
        String main = main(sections);
        SitePage page = page(main, links);
        String printHtml = Html.page(Hosts.WENMING, "先进人物库（打印版）", List.of(), "文明数据库 &gt; 先进人物库 &gt; 打印", main);
        SitePage print = SitePage.html(Hosts.WENMING, CrawlRequest.get(PRINT_URL), printHtml, List.of(), DATE, null);
        return List.of(page, print);
    }

    /** The page body: the head with its print link, then the rendered sections. */
    public static String main(List<String> sections) {
        return "<div class=\"xjrw-head\"><h2>先进人物库</h2><a href=\"/wmsjk/xjrw/print/index.shtml\">打印本页</a></div>\n"
                + String.join("", sections);
    }

    /** The 先进人物库 page around {@code main}. */
    public static SitePage page(String main, List<CrawlRequest> links) {
        String html = Html.page(Hosts.WENMING, "先进人物库", List.of(), "文明数据库 &gt; 先进人物库", main);
        return SitePage.html(Hosts.WENMING, CrawlRequest.get(URL), html, links, DATE, null);
    }

    /** A section: its heading and one list item per entry. */
    public static String section(String title, List<Entry> entries) {
        StringBuilder s = new StringBuilder("<div class=\"xjrw-sec\"><h3>" + title + "</h3><ul>\n");
        for (Entry e : entries) {
            s.append(entry(e.href(), e.name(), e.area(), e.category()));
        }
        return s.append("</ul></div>\n").toString();
    }

    /** The {@code i}th filler entry of a section: a person of the name book, unlinked. */
    public static Entry filler(NameBook names, int i) {
        Human who = names.person(null, Pools.CATEGORIES.get(i % 5), 1930, 1995);
        return new Entry("#", who.name(), who.region().provinceShort() + who.region().cityShort(), who.category());
    }

    private String section(Build b, Section section, List<Build.Planned> planted, CrawlRequest page, List<Honouree> linked) {
        String title = section.title();
        List<Entry> entries = new ArrayList<>();
        for (Build.Planned p : planted) {
            Scenario.Appearance a = p.appearance();
            if (a.when().equals(title)) {
                Human who = b.human(p);
                entries.add(new Entry("#", a.name(), a.region(), a.category()));
                b.mention(new Subject(p.person().id(), "先进人物库" + title, "honour", a.name(), a.region(), a.category(),
                        null, who.region().code()), Hosts.WENMING, page);
            }
        }
        for (Honouree h : linked) {
            String area = h.region().provinceShort() + h.region().cityShort();
            entries.add(new Entry(h.storyUrl().substring(Hosts.WENMING.base().length()), h.name(), area, h.category()));
            if (h.personId() != null) {
                b.mention(new Subject(h.personId(), "先进人物库" + title, "honour", h.name(), area, h.category(), null,
                        h.region().code()), Hosts.WENMING, page);
            }
        }
        for (int i = 0; i < section.fillers(); i++) {
            entries.add(filler(b.names, i));
        }
        return section(title, entries);
    }

    private static String entry(String href, String name, String area, String category) {
        return "<li><a href=\"" + href + "\">" + Html.esc(name) + "</a><span class=\"area\">" + Html.esc(area)
                + "</span><span class=\"cat\">" + Html.esc(category) + "</span></li>\n";
    }
}
