package org.civcred.mirror.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Text;
import org.civcred.model.CrawlRequest;

/**
 * www.wenming.cn: 中国好人榜 editions with one 好人365 story per honouree, the 身边好人 and 要闻
 * columns (filled by the shared planners), the civilized-city announcements, and the large
 * 先进人物库 page.
 */
public final class WenmingSite implements SiteBuilder {

    static final int PER_EDITION = 12;
    /** The TRS list of 中国好人榜 editions. */
    public static final Column EDITIONS = new Column(Hosts.WENMING, "sbhr_pd/zghrb", "shtml", "中国好人榜", "身边好人 &gt; 中国好人榜", 15);

    /** One row of an edition table. */
    private record Row(Human who, String name, String region, String category, Article story, String personId) { }

    private final List<YearMonth> editions = new ArrayList<>();
    private final List<List<Row>> rows = new ArrayList<>();
    private Column hr365;

    @Override
    public void plan(Build b) {
        Host h = Hosts.WENMING;
        hr365 = b.column(h, "sbhr_pd/hr365", "shtml", "好人365", "身边好人 &gt; 好人365");
        b.column(h, "sbhr_pd/ywjj", "shtml", "身边好人", "身边好人 &gt; 要闻简讯");
        b.column(h, "a/yw", "shtml", "要闻", "要闻");
        List<Build.Planned> planted = b.planned("zghrb");
        for (String m : b.scenario.editions()) {
            YearMonth month = YearMonth.parse(m);
            List<Row> edition = new ArrayList<>();
            for (Build.Planned p : planted) {
                if (YearMonth.parse(p.appearance().when()).equals(month)) {
                    Human who = b.human(p);
                    edition.add(new Row(who, p.appearance().name(), p.appearance().region(), p.appearance().category(),
                            story(b, who, p.appearance().name(), p.appearance().category(), month, p.person().id()), p.person().id()));
                }
            }
            while (edition.size() < PER_EDITION) {
                Human who = b.names.person(null, Pools.CATEGORIES.get(edition.size() % 5), 1940, 1995);
                edition.add(new Row(who, who.name(), who.region().cityCounty(), who.category(),
                        story(b, who, who.name(), who.category(), month, null), null));
            }
            editions.add(month);
            rows.add(edition);
        }
        cityAnnouncements(b);
    }

    /** The 好人365 profile an edition row links to; its honour line is the one the contract fixes. */
    private Article story(Build b, Human who, String name, String category, YearMonth month, String personId) {
        String honour = month.getYear() + "年" + month.getMonthValue() + "月，入选\"中国好人榜\"，被评为\"" + category + "好人\"。";
        Human written = who.withName(name);
        Text text = b.stories.write(written, who.region().full(), honour, b.random.nextLong());
        LocalDate day = b.dayIn(month);
        Article a = b.publish(hr365, day, text, "中国文明网", "文明网记者", personId == null ? null
                : new Subject(personId, "好人365", "honour", name, who.region().full(), category, day.toString(), who.region().code()));
        if (personId != null) {
            b.rememberStory(personId, "zghrb", a);
        }
        return a;
    }

    /**
     * The two 全国文明城市 announcements in 要闻: 第五届 (2017) and 第六届 (2020) with the cities that kept
     * their title; the ground truth's civilized-city years come from the same scenario list.
     */
    private void cityAnnouncements(Build b) {
        Column yw = b.column(Hosts.WENMING, "a/yw");
        List<String> y2017 = new ArrayList<>();
        List<String> y2020 = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (var c : b.scenario.cities()) {
            if (c.civilizedCityYears().contains(2017)) {
                y2017.add(c.name());
            }
            if (c.civilizedCityYears().contains(2020)) {
                (c.civilizedCityYears().contains(2017) ? kept : y2020).add(c.name());
            }
        }
        b.publish(yw, LocalDate.of(2017, 11, 14), new Text("中央文明委关于表彰第五届全国文明城市（区）、文明村镇、文明单位的决定", List.of(
                "为深入贯彻落实党的十九大精神，大力培育和践行社会主义核心价值观，中央文明委决定，授予下列城市第五届（2017年）全国文明城市称号。",
                "##一、第五届全国文明城市名单",
                String.join("、", y2017) + "。",
                "希望受到表彰的城市珍惜荣誉、再接再厉，充分发挥示范引领作用。")), "中国文明网", "中央文明办", null);
        b.publish(yw, LocalDate.of(2020, 11, 20), new Text("中央文明委关于表彰第六届全国文明城市（区）和复查确认继续保留荣誉称号的决定", List.of(
                "经过严格测评和复查，中央文明委决定，授予下列城市第六届（2020年）全国文明城市称号，对复查合格的全国文明城市确认继续保留荣誉称号。",
                "##一、第六届全国文明城市名单",
                String.join("、", y2020) + "。",
                "##二、复查确认继续保留荣誉称号的全国文明城市名单",
                String.join("、", kept) + "。",
                "各地要以此次表彰为契机，推动文明城市创建常态长效。")), "中国文明网", "中央文明办", null);
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>();
        List<TrsList.Item> items = new ArrayList<>();
        for (int i = editions.size() - 1; i >= 0; i--) {
            YearMonth m = editions.get(i);
            items.add(editionItem(m));
            pages.add(edition(b, m, rows.get(i)));
        }
        YearMonth next = editions.get(editions.size() - 1).plusMonths(1);
        String preview = Hosts.WENMING.base() + "/sbhr_pd/zghrb/preview/" + String.format("%04d%02d", next.getYear(), next.getMonthValue()) + "/index.html";
        String intro = "<div class=\"preview\"><a href=\"" + preview + "\">下一期\"中国好人榜\"候选人预览</a></div>";
        pages.addAll(TrsList.render(EDITIONS, items, intro, List.of(CrawlRequest.get(preview))));
        pages.add(SitePage.html(Hosts.WENMING, CrawlRequest.get(preview), Html.page(Hosts.WENMING, "候选人预览", List.of(),
                "身边好人 &gt; 中国好人榜 &gt; 预览", "<p>内部预览页面。</p>"), List.of(), next.atDay(1), null));
        pages.addAll(new XjrwPage(rows.stream().flatMap(List::stream).map(r -> new XjrwPage.Honouree(
                r.name(), r.who().region(), r.category(), r.story().url(), r.personId())).toList()).render(b));
        return pages;
    }

    /** The entry the list of editions gives an edition. */
    public static TrsList.Item editionItem(YearMonth m) {
        String ym = String.format("%04d%02d", m.getYear(), m.getMonthValue());
        return new TrsList.Item(m.getYear() + "年" + m.getMonthValue() + "月\"中国好人榜\"发布", "./bd/" + ym + "/index.html",
                editionUrl(m), m.atEndOfMonth());
    }

    static String editionUrl(YearMonth m) {
        return Hosts.WENMING.base() + "/sbhr_pd/zghrb/bd/" + String.format("%04d%02d", m.getYear(), m.getMonthValue()) + "/index.html";
    }

    /** An edition table; each row is an appearance for planted people and links the story. */
    private SitePage edition(Build b, YearMonth m, List<Row> edition) {
        String label = m.getYear() + "年" + m.getMonthValue() + "月";
        CrawlRequest request = CrawlRequest.get(editionUrl(m));
        StringBuilder main = new StringBuilder("<div class=\"hrb-title\">" + label + "\"中国好人榜\"</div>\n");
        main.append("<div class=\"hrb-intro\">经各地推荐、网民点赞评议，").append(edition.size())
                .append("位好人入选").append(label).append("\"中国好人榜\"。</div>\n");
        main.append("<table class=\"hrb-table\"><tr><th>姓名</th><th>省份</th><th>地区</th><th>类别</th></tr>\n");
        List<CrawlRequest> links = new ArrayList<>(Html.navLinks(Hosts.WENMING));
        for (Row r : edition) {
            String path = r.story().url().substring(Hosts.WENMING.base().length());
            main.append("<tr><td><a href=\"").append(path).append("\">").append(Html.esc(r.name())).append("</a></td><td>")
                    .append(r.who().region().provinceShort()).append("</td><td>").append(Html.esc(r.region()))
                    .append("</td><td>").append(r.category()).append("</td></tr>\n");
            links.add(CrawlRequest.get(r.story().url()));
            if (r.personId() != null) {
                b.mention(new Subject(r.personId(), "中国好人榜" + label, "honour", r.name(), r.region(), r.category(),
                        m.toString(), r.who().region().code()), Hosts.WENMING, request);
            }
        }
        main.append("</table>");
        String html = Html.page(Hosts.WENMING, label + "\"中国好人榜\"", List.<String[]>of(new String[] {"publishdate", m.atEndOfMonth().toString()}),
                "身边好人 &gt; 中国好人榜", main.toString());
        return SitePage.html(Hosts.WENMING, request, html, links, m.atEndOfMonth(), null);
    }
}
