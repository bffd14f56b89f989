package org.civcred.mirror.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Text;
import org.civcred.model.CrawlRequest;

/**
 * www.tjwenming.cn (GBK): a TRS list of monthly 天津好人 lists, each a table of ten people whose
 * 事迹 links lead to stories in the §1 article template.
 */
public final class TjwenmingSite implements SiteBuilder {

    static final int PER_MONTH = 10;

    private record Row(Human who, String name, String district, String category, Article story, String personId) { }

    /** One row of a monthly list as the page writes it: name, district, category and the story it links. */
    public record Listed(String name, String district, String category, String storyUrl) { }

    /** The 天津好人 story column: stories are reached from the monthly lists only. */
    public static final Column STORIES = new Column(Hosts.TJWENMING, "tjhr", "shtml", "天津好人", "天津好人", 0);
    /** The TRS list of monthly lists. */
    public static final Column MONTHS = new Column(Hosts.TJWENMING, "tjhr", "shtml", "天津好人", "天津好人", 15);

    private final List<YearMonth> months = new ArrayList<>();
    private final List<List<Row>> rows = new ArrayList<>();

    @Override
    public void plan(Build b) {
        Column stories = b.column(Hosts.TJWENMING, "tjhr", "shtml", "天津好人", "天津好人", 0);
        List<Build.Planned> planted = b.planned("tjhr");
        for (String m : b.scenario.tjhrMonths()) {
            YearMonth month = YearMonth.parse(m);
            List<Row> list = new ArrayList<>();
            for (Build.Planned p : planted) {
                if (YearMonth.parse(p.appearance().when()).equals(month)) {
                    Human who = b.human(p).withName(p.appearance().name());
                    Subject s = new Subject(p.person().id(), "天津好人", "honour", p.appearance().name(), who.region().full(),
                            p.appearance().category(), null, who.region().code());
                    Article a = story(b, stories, who, month, s);
                    b.rememberStory(p.person().id(), "tjhr", a);
                    list.add(new Row(who, p.appearance().name(), p.appearance().region(), p.appearance().category(), a, p.person().id()));
                }
            }
            while (list.size() < PER_MONTH) {
                Human who = b.names.person(b.randomRegion("12"), Pools.CATEGORIES.get((list.size() + months.size()) % 5), 1940, 1998);
                list.add(new Row(who, who.name(), who.region().county(), who.category(), story(b, stories, who, month, null), null));
            }
            months.add(month);
            rows.add(list);
        }
    }

    private static Article story(Build b, Column column, Human who, YearMonth month, Subject subject) {
        Text text = b.stories.write(who, who.region().full(), honourLine(month), b.random.nextLong());
        java.time.LocalDate date = b.dayIn(month);
        Subject dated = subject == null ? null : new Subject(subject.personId(), subject.list(), subject.listKind(),
                subject.name(), subject.region(), subject.category(), date.toString(), subject.regionCode());
        return b.publish(column, date, text, "天津文明网", "天津市文明办", dated);
    }

    /** The honour line of a story behind a monthly list row. */
    public static String honourLine(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月，入选\"天津好人\"榜单。";
    }

    /** The list name a monthly list row appears under. */
    public static String listName(YearMonth m) {
        return "天津好人" + m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** The entry the list of monthly lists gives a month. */
    public static TrsList.Item monthItem(YearMonth m) {
        String ym = String.format("%04d%02d", m.getYear(), m.getMonthValue());
        return new TrsList.Item(m.getYear() + "年" + m.getMonthValue() + "月\"天津好人\"榜单", "./tjhrb/" + ym + "/index.shtml",
                monthUrl(m), m.atEndOfMonth());
    }

    public static String monthUrl(YearMonth m) {
        return Hosts.TJWENMING.base() + "/tjhr/tjhrb/" + String.format("%04d%02d", m.getYear(), m.getMonthValue()) + "/index.shtml";
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>();
        List<TrsList.Item> items = new ArrayList<>();
        for (int i = months.size() - 1; i >= 0; i--) {
            YearMonth m = months.get(i);
            items.add(monthItem(m));
            pages.add(monthPage(b, m, rows.get(i)));
        }
        pages.addAll(TrsList.render(MONTHS, items, null, List.of()));
        return pages;
    }

    private SitePage monthPage(Build b, YearMonth m, List<Row> list) {
        SitePage page = monthPage(m, list.stream().map(r -> new Listed(r.name(), r.district(), r.category(), r.story().url())).toList());
        for (Row r : list) {
            if (r.personId() != null) {
                b.mention(new Subject(r.personId(), listName(m), "honour", r.name(), r.district(), r.category(),
                        m.toString(), r.who().region().code()), Hosts.TJWENMING, page.request());
            }
        }
        return page;
    }

    /** One month's 天津好人 list: a table of name, district, category and a relative 事迹 link to the story. */
    public static SitePage monthPage(YearMonth m, List<Listed> list) {
        String label = m.getYear() + "年" + m.getMonthValue() + "月";
        CrawlRequest request = CrawlRequest.get(monthUrl(m));
        StringBuilder main = new StringBuilder("<div class=\"tjhr-title\">" + label + "\"天津好人\"榜单</div>\n");
        main.append("<table class=\"tjhr-list\">\n<tr><th>姓名</th><th>所在区</th><th>类别</th><th>事迹</th></tr>\n");
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(Hosts.TJWENMING));
        for (Listed r : list) {
            String rel = "../.." + r.storyUrl().substring((Hosts.TJWENMING.base() + "/tjhr").length());
            main.append("<tr><td>").append(Html.esc(r.name())).append("</td><td>").append(Html.esc(r.district()))
                    .append("</td><td>").append(r.category()).append("</td><td><a href=\"").append(rel)
                    .append("\">事迹</a></td></tr>\n");
            links.add(CrawlRequest.get(r.storyUrl()));
        }
        main.append("</table>");
        String html = Html.page(Hosts.TJWENMING, label + "\"天津好人\"榜单", List.of(), "天津好人 &gt; 榜单", main.toString());
        return SitePage.html(Hosts.TJWENMING, request, html, links, m.atEndOfMonth(), null);
    }
}
