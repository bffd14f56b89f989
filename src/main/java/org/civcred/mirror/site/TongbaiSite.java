package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.content.Human;
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
                List<String> p = new ArrayList<>();
                String phrase = crossMention(b, code);
                p.add("为深入推进社会信用体系建设，弘扬诚实守信传统美德，" + (phrase != null ? "助力" + phrase + "，" : "")
                        + "经各乡镇、县直各单位推荐，县文明办、县发展改革委审核，现将桐柏县" + year + "年" + QUARTERS[q - 1] + "诚信\"红黑榜\"发布如下：");
                p.add(ArticlePage.HEADING + "一、红榜");
                p.add(ArticlePage.HEADING + "（一）诚信企业");
                List<String> companies = b.pools.companies();
                for (int i = 0; i < 2; i++) {
                    String c = companies.get(companyIndex++ % companies.size());
                    p.add((i + 1) + "." + c + "：依法诚信经营，按时足额纳税，连续多年无不良信用记录。");
                }
                p.add(ArticlePage.HEADING + "（二）诚信个人");
                Article release = null;
                List<Subject> subjects = new ArrayList<>();
                int n = 0;
                for (Build.Planned pl : planted) {
                    if (pl.appearance().when().equals(code)) {
                        Human who = b.human(pl);
                        var a = pl.appearance();
                        p.add((++n) + "." + a.name() + "，" + who.gender() + "，" + a.region() + "人，" + deed(b, a.category(), a.region()));
                        subjects.add(new Subject(pl.person().id(), "桐柏县诚信红榜（个人）", "red", a.name(), a.region(),
                                a.category(), date.toString(), who.region().code()));
                    }
                }
                while (n < 4) {
                    Human who = b.names.person(tongbai, null, 1950, 1990);
                    p.add((++n) + "." + who.name() + "，" + who.gender() + "，桐柏县" + who.town() + "人，" + deed(b, who.category(), who.town()));
                }
                p.add(ArticlePage.HEADING + "二、黑榜");
                p.add(ArticlePage.HEADING + "（一）失信企业");
                String bad = companies.get(companyIndex++ % companies.size());
                p.add("1." + bad + "：拖欠农民工工资，经多次督促仍未履行，已被列入失信被执行人名单。");
                p.add(ArticlePage.HEADING + "（二）失信个人");
                for (int i = 1; i <= 2; i++) {
                    String surname = b.names.pick(b.pools.surnames());
                    int born = 1965 + b.random.nextInt(30);
                    p.add(i + "." + surname + "某某，身份证号411330" + born + "******" + String.format("%02d", b.random.nextInt(100))
                            + "，拒不履行法院生效判决，拖欠借款本息" + (2 + b.random.nextInt(30)) + "万元。");
                }
                p.add("希望全县广大干部群众以红榜为榜样，以黑榜为警示，自觉做诚实守信的践行者。");
                p.add("桐柏县精神文明建设委员会办公室 桐柏县发展和改革委员会 " + ChineseDates.day(date));
                String title = "桐柏县" + year + "年" + QUARTERS[q - 1] + "诚信\"红黑榜\"发布";
                release = b.publish(column, date, new Text(title, p), "县文明办 县发展改革委", "桐柏县发展改革委", null);
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

    private static String deed(Build b, String category, String town) {
        String canonical = switch (category) {
            case "孝老敬亲" -> "孝老爱亲";
            case "爱岗敬业" -> "敬业奉献";
            default -> category;
        };
        String sentence = b.names.pick(b.pools.deeds().get(canonical)).replace("{year}年", "近年");
        java.util.Map<String, String> slots = new java.util.HashMap<>();
        slots.put("name", "其");
        slots.put("ta", "其");
        slots.put("town", town);
        slots.put("village", "村里");
        slots.put("unit", "单位");
        slots.put("job", "");
        slots.put("relative", "家中老人");
        slots.put("years", NUM[2 + b.random.nextInt(6)] + "十");
        slots.put("num", NUM[1 + b.random.nextInt(7)]);
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
