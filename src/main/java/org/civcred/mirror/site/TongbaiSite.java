package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Text;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * www.tongbai.gov.cn: quarterly 诚信"红黑榜" press releases (2018Q1–2019Q4), free text with
 * 红榜/黑榜 and 企业/个人 headings, jointly signed by the county civilization office and the
 * development-and-reform commission. The list also links one robots-disallowed page.
 */
public final class TongbaiSite implements SiteBuilder {

    /** Who signs the releases (the article's 信息来源). */
    public static final String SOURCE = "县文明办 县发展改革委";
    static final String DISALLOWED = "http://www.tongbai.gov.cn/zwgk/ysqgk/201906/t20190601_57210.html";
    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
    private static final String[] NUM = {"一", "二", "三", "四", "五", "六", "七", "八"};

    @Override
    public void plan(Build b) {
        Column column = b.column(Hosts.TONGBAI, "xyxx/hhb", "html", "诚信红黑榜", "信用信息 &gt; 诚信红黑榜");
        Region tongbai = b.pools.region("411330");
        List<Build.Planned> planted = b.planned("tongbai-red");
        int companyIndex = 0;
        for (int year = 2018; year <= 2019; year++) {
            for (int q = 1; q <= 4; q++) {
                String code = year + "Q" + q;
                LocalDate date = LocalDate.of(q == 4 ? year + 1 : year, q == 4 ? 1 : q * 3 + 1, 10 + b.random.nextInt(10));
                String phrase = crossMention(b, code);
                List<String> companies = b.pools.companies();
                List<String> good = List.of(companies.get(companyIndex++ % companies.size()), companies.get(companyIndex++ % companies.size()));
                List<String> persons = new ArrayList<>();
                List<Subject> subjects = new ArrayList<>();
                for (Build.Planned pl : planted) {
                    if (pl.appearance().when().equals(code)) {
                        Human who = b.human(pl);
                        var a = pl.appearance();
                        persons.add(personLine(persons.size() + 1, a.name(), who.gender(), a.region(),
                                deed(b.names, b.pools, b.random, a.category(), a.region())));
                        subjects.add(new Subject(pl.person().id(), "桐柏县诚信红榜（个人）", "red", a.name(), a.region(),
                                a.category(), date.toString(), who.region().code()));
                    }
                }
                while (persons.size() < 4) {
                    Human who = b.names.person(tongbai, null, 1950, 1990);
                    persons.add(personLine(persons.size() + 1, who.name(), who.gender(), "桐柏县" + who.town(),
                            deed(b.names, b.pools, b.random, who.category(), who.town())));
                }
                int n = persons.size();
                String bad = companies.get(companyIndex++ % companies.size());
                List<String> defaulters = List.of(defaulterLine(1, b.names, b.pools, b.random), defaulterLine(2, b.names, b.pools, b.random));
                Text text = release(year + "年" + QUARTERS[q - 1], phrase, good, persons, bad, defaulters, date);
                Article release = b.publish(column, date, text, SOURCE, "桐柏县发展改革委", null);
                subjects.forEach(release::addSubject);
                CrawlRequest req = CrawlRequest.get(release.url());
                for (int i = 0; i < 2 + n; i++) {
                    b.creditEntry("red", "411330", false, req, "红榜" + code + "-" + i);
                }
                for (int i = 0; i < 3; i++) {
                    b.creditEntry("black", "411330", false, req, "黑榜" + code + "-" + i);
                }
            }
        }
    }

    private static String crossMention(Build b, String quarter) {
        for (Scenario.CrossMention c : b.scenario.crossMentions()) {
            if (c.site().equals("tongbai-hhb") && c.date().equals(quarter)) {
                return c.phrase();
            }
        }
        return null;
    }

    /**
     * A 红黑榜 release for {@code period} (e.g. "2018年第一季度"): intro, 红榜 (two companies, the
     * persons), 黑榜 (one company, the defaulters), closing and signature; {@code phrase} is a
     * cross-mention woven into the intro, or null.
     */
    public static Text release(String period, String phrase, List<String> goodCompanies, List<String> persons,
                               String badCompany, List<String> defaulters, LocalDate date) {
        List<String> p = new ArrayList<>();
        p.add("为深入推进社会信用体系建设，弘扬诚实守信传统美德，" + (phrase != null ? "助力" + phrase + "，" : "")
                + "经各乡镇、县直各单位推荐，县文明办、县发展改革委审核，现将桐柏县" + period + "诚信\"红黑榜\"发布如下：");
        p.add(ArticlePage.HEADING + "一、红榜");
        p.add(ArticlePage.HEADING + "（一）诚信企业");
        for (int i = 0; i < goodCompanies.size(); i++) {
            p.add((i + 1) + "." + goodCompanies.get(i) + "：依法诚信经营，按时足额纳税，连续多年无不良信用记录。");
        }
        p.add(ArticlePage.HEADING + "（二）诚信个人");
        p.addAll(persons);
        p.add(ArticlePage.HEADING + "二、黑榜");
        p.add(ArticlePage.HEADING + "（一）失信企业");
        p.add("1." + badCompany + "：拖欠农民工工资，经多次督促仍未履行，已被列入失信被执行人名单。");
        p.add(ArticlePage.HEADING + "（二）失信个人");
        p.addAll(defaulters);
        p.add("希望全县广大干部群众以红榜为榜样，以黑榜为警示，自觉做诚实守信的践行者。");
        p.add("桐柏县精神文明建设委员会办公室 桐柏县发展和改革委员会 " + ChineseDates.day(date));
        return new Text("桐柏县" + period + "诚信\"红黑榜\"发布", p);
    }

    /** The {@code n}th 诚信个人 line: name, gender, home place and deed. */
    public static String personLine(int n, String name, String gender, String place, String deed) {
        return n + "." + name + "，" + gender + "，" + place + "人，" + deed;
    }

    /** The {@code n}th 失信个人 line: a surname with 某某 and a masked identity number, never a whole one. */
    public static String defaulterLine(int n, NameBook names, Pools pools, Random random) {
        String surname = names.pick(pools.surnames());
        int born = 1965 + random.nextInt(30);
        return n + "." + surname + "某某，身份证号411330" + born + "******" + String.format("%02d", random.nextInt(100))
                + "，拒不履行法院生效判决，拖欠借款本息" + (2 + random.nextInt(30)) + "万元。";
    }

    /** A deed sentence of the category's pool, told of "其" in {@code town}. */
    public static String deed(NameBook names, Pools pools, Random random, String category, String town) {
        String canonical = switch (category) {
            case "孝老敬亲" -> "孝老爱亲";
            case "爱岗敬业" -> "敬业奉献";
            default -> category;
        };
        String sentence = names.pick(pools.deeds().get(canonical)).replace("{year}年", "近年");
        java.util.Map<String, String> slots = new java.util.HashMap<>();
        slots.put("name", "其");
        slots.put("ta", "其");
        slots.put("town", town);
        slots.put("village", "村里");
        slots.put("unit", "单位");
        slots.put("job", "");
        slots.put("relative", "家中老人");
        slots.put("years", NUM[2 + random.nextInt(6)] + "十");
        slots.put("num", NUM[1 + random.nextInt(7)]);
        return category + "典型：" + Text.fill(sentence, slots);
    }

    @Override
    public List<SitePage> render(Build b) {
        String html = Html.page(Hosts.TONGBAI, "依申请公开", List.of(), "政务公开 &gt; 依申请公开", "<p>依申请公开答复书（内部）。</p>");
        return List.of(SitePage.html(Hosts.TONGBAI, CrawlRequest.get(DISALLOWED), html, List.of(), LocalDate.of(2019, 6, 1), null));
    }

    /** The Tongbai list links the disallowed page from its first page. */
    static String listIntro() {
        return "<div class=\"notice\"><a href=\"/zwgk/ysqgk/201906/t20190601_57210.html\">依申请公开目录</a></div>";
    }
}
