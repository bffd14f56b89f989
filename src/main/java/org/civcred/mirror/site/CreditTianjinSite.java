package org.civcred.mirror.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civcred.mirror.content.Human;
import org.civcred.model.CrawlRequest;

/**
 * credit.fzgg.tj.gov.cn (信用天津): form-POST lists {@code /xygs/datalist.do} for the "天津好人" red
 * list and the 失信被执行人 black list, a GET detail per row, and a captcha page for the
 * administrative-penalty list.
 */
public final class CreditTianjinSite implements SiteBuilder {

    static final int RED_TOTAL = 40;
    static final int BLACK_TOTAL = 28;
    static final int PAGE_SIZE = 10;
    static final String LIST_URL = "http://credit.fzgg.tj.gov.cn/xygs/datalist.do";
    static final String CAPTCHA_IMAGE = "http://credit.fzgg.tj.gov.cn/xygs/captcha.do";

    /** One list row with its detail. */
    private record Row(String recid, String name, String region, LocalDate date, Human who, String category,
                       String court, String personId) { }

    @Override
    public void plan(Build build) {
        // Form lists and details are rendered below.
    }

    public static String form(int page, String messageid, String domainid) {
        return "pageNo=" + page + "&pageSize=" + PAGE_SIZE + "&messageid=" + messageid + "&domainid=" + domainid + "&condition=&yzm=";
    }

    public static String detailUrl(String recid, String messageid, String recflag) {
        return "http://credit.fzgg.tj.gov.cn/xygs/showDetail.do?recid=" + recid + "&messageid=" + messageid + "&recflag=" + recflag;
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>();
        pages.addAll(list(b, rows(b, "tj-red", RED_TOTAL, "R"), "msg_tjhr_2018", "029", "1", "\"天津好人\"公共信用信息", "red"));
        pages.addAll(list(b, rows(b, "tj-black", BLACK_TOTAL, "B"), "msg_sxbzxr", "028", "2", "失信被执行人", "black"));
        String captcha = "<div class=\"yzm-box\"><form action=\"/xygs/datalist.do\" method=\"post\"><p>请输入验证码后继续查询</p>"
                + "<img src=\"/xygs/captcha.do\" alt=\"验证码\"><input type=\"text\" name=\"yzm\" maxlength=\"4\">"
                + "<input type=\"hidden\" name=\"messageid\" value=\"msg_xzcf\"><button type=\"submit\">查询</button></form></div>";
        CrawlRequest xzcf = CrawlRequest.post(LIST_URL, form(1, "msg_xzcf", "028"));
        pages.add(SitePage.html(Hosts.CREDIT_TIANJIN, xzcf, Html.page(Hosts.CREDIT_TIANJIN, "行政处罚信息", List.of(),
                "信用公示 &gt; 行政处罚", captcha), List.of(), null, null).withDefenceLinks(List.of(CAPTCHA_IMAGE)).asChallenge("captcha"));
        return pages;
    }

    /**
     * The list rows, newest first as the platform shows them; record ids (R20180315001) embed the date
     * and the row number, as the real platform's do.
     */
    private List<Row> rows(Build b, String at, int total, String prefix) {
        List<Row> rows = new ArrayList<>();
        for (Build.Planned p : b.planned(at)) {
            var a = p.appearance();
            Human who = b.human(p);
            rows.add(new Row(null, a.name(), a.region(), LocalDate.parse(a.when()), who,
                    a.category() != null ? a.category() : who.category(), a.court(), p.person().id()));
        }
        while (rows.size() < total) {
            Human who = b.names.person(b.randomRegion("12"), null, 1950, 1996);
            LocalDate date = LocalDate.of(2018, 1, 5).plusDays(b.random.nextInt(340));
            String court = b.random.nextBoolean() ? "天津市第一中级人民法院" : "天津市第二中级人民法院";
            rows.add(new Row(null, who.name(), who.region().full(), date, who, categoryVariant(who.category()), court, null));
        }
        rows.sort(Comparator.comparing(Row::date).reversed().thenComparing(Row::name));
        List<Row> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String recid = prefix + r.date().toString().replace("-", "") + String.format("%03d", i + 1);
            numbered.add(new Row(recid, r.name(), r.region(), r.date(), r.who(), r.category(), r.court(), r.personId()));
        }
        return numbered;
    }

    private static String categoryVariant(String category) {
        return switch (category) {
            case "孝老爱亲" -> "孝老敬亲";
            case "敬业奉献" -> "爱岗敬业";
            default -> category;
        };
    }

    private List<SitePage> list(Build b, List<Row> rows, String messageid, String domainid, String recflag, String title, String kind) {
        List<SitePage> pages = new ArrayList<>();
        int last = (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        String listName = kind.equals("red") ? "\"天津好人\"公共信用信息" : "失信被执行人";
        for (int page = 1; page <= last; page++) {
            CrawlRequest request = CrawlRequest.post(LIST_URL, form(page, messageid, domainid));
            StringBuilder main = new StringBuilder("<div class=\"list-title\">" + Html.esc(title) + "</div>\n");
            main.append("<form id=\"searchForm\" action=\"/xygs/datalist.do\" method=\"post\"><input type=\"hidden\" name=\"pageNo\" value=\"")
                    .append(page).append("\"><input type=\"hidden\" name=\"pageSize\" value=\"10\"><input type=\"hidden\" name=\"messageid\" value=\"")
                    .append(messageid).append("\"><input type=\"hidden\" name=\"domainid\" value=\"").append(domainid)
                    .append("\"><input type=\"text\" name=\"condition\" value=\"\"><input type=\"hidden\" name=\"yzm\" value=\"\"></form>\n");
            main.append("<table class=\"list-table\"><tr><th>名称</th><th>地区</th><th>认定日期</th><th>操作</th></tr>\n");
            List<CrawlRequest> links = new ArrayList<>();
            for (Row r : rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE))) {
                String name = Html.attr(r.name());
                String region = Html.attr(r.region());
                main.append("<tr><td title=\"").append(name).append("\">").append(name).append("</td><td title=\"").append(region)
                        .append("\">").append(region).append("</td><td title=\"").append(r.date()).append("\">").append(r.date())
                        .append("</td><td><a href=\"javascript:void(0)\" onclick=\"showDetail('").append(r.recid()).append("','")
                        .append(recflag).append("','").append(messageid).append("')\">查看</a></td></tr>\n");
                CrawlRequest detail = CrawlRequest.get(detailUrl(r.recid(), messageid, recflag));
                links.add(detail);
                pages.add(detail(b, detail, r, kind));
                b.creditEntry(kind, r.who().region().code(), false, request, r.name());
                if (r.personId() != null) {
                    b.mention(new Subject(r.personId(), listName, kind, r.name(), r.region(), kind.equals("red") ? r.category() : null,
                            r.date().toString(), r.who().region().code()), Hosts.CREDIT_TIANJIN, request);
                }
            }
            main.append("</table>\n<div class=\"pager\"><span>共").append(rows.size()).append("条 ").append(page).append("/").append(last).append("页</span>");
            if (page > 1) {
                main.append("<a href=\"javascript:_gotoPage('1')\">首页</a><a href=\"javascript:_gotoPage('").append(page - 1).append("')\">上一页</a>");
            }
            if (page < last) {
                main.append("<a href=\"javascript:_gotoPage('").append(page + 1).append("')\">下一页</a>");
            }
            main.append("<a href=\"javascript:_gotoPage('").append(last).append("')\">尾页</a></div>");
            for (int q = 1; q <= last; q++) {
                if (q != page) {
                    links.add(CrawlRequest.post(LIST_URL, form(q, messageid, domainid)));
                }
            }
            String html = Html.page(Hosts.CREDIT_TIANJIN, title, List.of(), "信用公示 &gt; " + Html.esc(title), main.toString());
            pages.add(SitePage.html(Hosts.CREDIT_TIANJIN, request, html, links, rows.get(0).date(), null));
        }
        return pages;
    }

    /** A record's detail page: label/value rows, the value in the second cell (contract §7). */
    private SitePage detail(Build b, CrawlRequest request, Row r, String kind) {
        Human who = r.who();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"姓名", r.name()});
        fields.add(new String[] {"性别", who.gender()});
        fields.add(new String[] {"出生年月", who.birthText()});
        String district = r.region().startsWith("天津市") ? r.region().substring(3) : r.region();
        fields.add(new String[] {"所在区", district});
        if (kind.equals("red")) {
            fields.add(new String[] {"荣誉名称", "天津好人"});
            fields.add(new String[] {"认定部门", "天津市精神文明建设委员会办公室"});
            fields.add(new String[] {"认定日期", ChineseDates.day(r.date())});
            fields.add(new String[] {"事迹类别", r.category()});
        } else {
            fields.add(new String[] {"证件号码", PublicApi.mask(who.region().code(), b.random)});
            fields.add(new String[] {"失信行为", b.names.pick(List.of("有履行能力而拒不履行生效法律文书确定义务", "违反财产报告制度", "违反限制消费令"))});
            fields.add(new String[] {"执行法院", r.court()});
            fields.add(new String[] {"案号", "（" + r.date().getYear() + "）津0" + (1 + b.random.nextInt(2)) + "执" + (100 + b.random.nextInt(9000)) + "号"});
            fields.add(new String[] {"认定日期", ChineseDates.day(r.date())});
        }
        StringBuilder main = new StringBuilder("<table class=\"table table-bordered\">\n");
        for (String[] f : fields) {
            main.append("<tr><td>").append(f[0]).append("</td><td>").append(Html.esc(f[1])).append("</td></tr>\n");
        }
        main.append("</table>");
        if (r.personId() != null) {
            String list = kind.equals("red") ? "\"天津好人\"公共信用信息" : "失信被执行人";
            b.mention(new Subject(r.personId(), list, kind, r.name(), district, kind.equals("red") ? r.category() : null,
                    r.date().toString(), who.region().code()), Hosts.CREDIT_TIANJIN, request);
        }
        String html = Html.page(Hosts.CREDIT_TIANJIN, r.name() + " 详情", List.of(), "信用公示 &gt; 详情", main.toString());
        return SitePage.html(Hosts.CREDIT_TIANJIN, request, html, List.of(), r.date(), null);
    }
}
