package org.civcred.synth;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.site.ChineseDates;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.Html;
import org.civcred.mirror.site.Json;
import org.civcred.mirror.site.PublicApi;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.CrawlRequest;

/**
 * Renders the pages that carry person rows, in the markup of the mirror's hosts: 中国好人榜 editions,
 * zghr candidate API pages, public.creditchina black-list and 守信激励 API pages, and 信用天津
 * form-POST lists with their detail pages. Planted rows become ground-truth appearances.
 */
final class ListPages {

    static final int ZGHR_PAGE = 20;
    static final int API_PAGE = 10;
    static final int TIANJIN_PAGE = 10;
    private static final List<String> ZGHR_CODES = List.of("altruistic", "brave", "honest", "dedicated", "filial");
    private static final String TJ_LIST = "http://credit.fzgg.tj.gov.cn/xygs/datalist.do";

    private final SynthContext ctx;

    ListPages(SynthContext ctx) {
        this.ctx = ctx;
    }

    void edition(YearMonth m, List<ListRow> rows) throws IOException {
        String label = m.getYear() + "年" + m.getMonthValue() + "月";
        String ym = String.format("%04d%02d", m.getYear(), m.getMonthValue());
        CrawlRequest request = CrawlRequest.get(Hosts.WENMING.base() + "/sbhr_pd/zghrb/bd/" + ym + "/index.html");
        StringBuilder main = new StringBuilder("<div class=\"hrb-title\">" + label + "\"中国好人榜\"</div>\n");
        main.append("<div class=\"hrb-intro\">经各地推荐、网民点赞评议，").append(rows.size()).append("位好人入选")
                .append(label).append("\"中国好人榜\"。</div>\n");
        main.append("<table class=\"hrb-table\"><tr><th>姓名</th><th>省份</th><th>地区</th><th>类别</th></tr>\n");
        for (ListRow r : rows) {
            main.append("<tr><td><a href=\"").append(r.link().substring(Hosts.WENMING.base().length())).append("\">")
                    .append(Html.esc(r.name())).append("</a></td><td>").append(r.who().region().provinceShort())
                    .append("</td><td>").append(Html.esc(r.region())).append("</td><td>").append(r.category()).append("</td></tr>\n");
        }
        main.append("</table>");
        String html = Html.page(Hosts.WENMING, label + "\"中国好人榜\"",
                List.<String[]>of(new String[] {"publishdate", m.atEndOfMonth().toString()}), "身边好人 &gt; 中国好人榜", main.toString());
        SitePage page = SitePage.html(Hosts.WENMING, request, html, List.of(), m.atEndOfMonth(), null);
        for (ListRow r : rows) {
            if (r.personId() != null) {
                ctx.appear(r.personId(), Hosts.WENMING, page, "中国好人榜" + label, "honour", r.name(), r.region(), r.category(), m.toString());
            }
        }
        ctx.emit(page, "wenming-edition");
    }

    void zghr(YearMonth m, List<ListRow> rows) throws IOException {
        String activityId = String.format("%04d%02d01", m.getYear(), m.getMonthValue());
        String title = m.getYear() + "年" + m.getMonthValue() + "月\"中国好人榜\"候选人";
        int pages = (rows.size() + ZGHR_PAGE - 1) / ZGHR_PAGE;
        for (int page = 1; page <= pages; page++) {
            CrawlRequest request = CrawlRequest.get(Hosts.ZGHR.base() + "/api/v2/candidates?activityId=" + activityId
                    + "&pageNum=" + page + "&pageSize=" + ZGHR_PAGE);
            List<ListRow> slice = rows.subList((page - 1) * ZGHR_PAGE, Math.min(rows.size(), page * ZGHR_PAGE));
            List<Object> json = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                ListRow r = slice.get(i);
                String sid = "c" + activityId.substring(2) + String.format("%04d", (page - 1) * ZGHR_PAGE + i + 1);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("username", r.name());
                row.put("gender", r.who().gender());
                row.put("category", ZGHR_CODES.get(Pools.CATEGORIES.indexOf(r.who().category())));
                row.put("activityId", activityId);
                row.put("activityTitle", title);
                row.put("candidateSid", sid);
                row.put("photoUrl", Hosts.ZGHR.base() + "/upload/" + activityId + "/" + sid + ".jpg");
                row.put("region", r.region());
                row.put("intro", r.name() + "，" + r.who().job() + "，多年来" + r.who().category() + "，事迹感人。");
                json.add(row);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", 200);
            body.put("msg", "success");
            body.put("total", rows.size());
            body.put("pageNum", page);
            body.put("pageSize", ZGHR_PAGE);
            body.put("rows", json);
            SitePage sitePage = SitePage.json(Hosts.ZGHR, request, Json.write(body), List.of());
            for (ListRow r : slice) {
                if (r.personId() != null) {
                    ctx.appear(r.personId(), Hosts.ZGHR, sitePage, title, "honour", r.name(), r.region(), r.category(), m.toString());
                }
            }
            ctx.emit(sitePage, "zghr-candidates");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activityId", activityId);
        data.put("title", title);
        data.put("startDate", m.atDay(1).toString());
        data.put("endDate", m.atEndOfMonth().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 200);
        body.put("data", data);
        ctx.emit(SitePage.json(Hosts.ZGHR, CrawlRequest.get(Hosts.ZGHR.base() + "/api/v2/activities/" + activityId),
                Json.write(body), List.of()), "zghr-activity");
    }

    /** Court defaulters (catalogSearchPerson); {@code firstPage} continues the numbering of earlier blocks. */
    void blackApi(List<ListRow> rows, int firstPage, long total) throws IOException {
        for (int p = 0; p * API_PAGE < rows.size(); p++) {
            int page = firstPage + p;
            String url = Hosts.PUBLIC_API.base() + "/private-api/catalogSearchPerson?tableName=credit_zgf_zrr_sxbzxr_jb"
                    + "&searchState=2&scenes=defaultscenario&keyword=&page=" + page + "&pageSize=" + API_PAGE;
            List<ListRow> slice = rows.subList(p * API_PAGE, Math.min(rows.size(), (p + 1) * API_PAGE));
            List<Object> list = new ArrayList<>();
            for (ListRow r : slice) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("xm", r.name());
                row.put("lrsj", r.date().toString());
                row.put("tmzjhm", mask(r.who().region().code()));
                row.put("lrbm", r.category());
                row.put("ssdq", r.region());
                list.add(row);
            }
            SitePage page0 = apiPage(url, list, total);
            for (ListRow r : slice) {
                if (r.personId() != null) {
                    ctx.appear(r.personId(), Hosts.PUBLIC_API, page0, "失信被执行人", "black", r.name(), r.region(), null, r.date().toString());
                }
            }
            ctx.emit(page0, "creditchina-api-black");
        }
    }

    /** 守信激励 (typeSourceSearch) rows with name, gender, birth, region, honour and date. */
    void rewardApi(List<ListRow> rows, int firstPage, long total) throws IOException {
        for (int p = 0; p * API_PAGE < rows.size(); p++) {
            int page = firstPage + p;
            String url = Hosts.PUBLIC_API.base() + "/private-api/typeSourceSearch?type=%E5%AE%88%E4%BF%A1%E6%BF%80%E5%8A%B1&page="
                    + page + "&pageSize=" + API_PAGE;
            List<ListRow> slice = rows.subList(p * API_PAGE, Math.min(rows.size(), (p + 1) * API_PAGE));
            List<Object> list = new ArrayList<>();
            for (ListRow r : slice) {
                Map<String, Object> row = PublicApi.reward(r.name(), r.who().gender(), r.who().birth().toString(), r.region(),
                        "诚信之星", r.date().toString());
                list.add(row);
            }
            SitePage page0 = apiPage(url, list, total);
            for (ListRow r : slice) {
                if (r.personId() != null) {
                    ctx.appear(r.personId(), Hosts.PUBLIC_API, page0, "守信激励", "red", r.name(), r.region(), null, r.date().toString());
                }
            }
            ctx.emit(page0, "creditchina-api-reward");
        }
    }

    private SitePage apiPage(String url, List<Object> list, long total) {
        return SitePage.json(Hosts.PUBLIC_API, CrawlRequest.get(url), Json.write(PublicApi.envelope(list, total)), List.of());
    }

    /** 信用天津 list pages (POST, pageNo continuing earlier blocks) and one detail page per row. */
    void tianjin(List<ListRow> rows, String kind, int firstPage, long total) throws IOException {
        boolean red = kind.equals("red");
        String messageid = red ? "msg_tjhr_2018" : "msg_sxbzxr";
        String domainid = red ? "029" : "028";
        String recflag = red ? "1" : "2";
        String title = red ? "\"天津好人\"公共信用信息" : "失信被执行人";
        long last = (total + TIANJIN_PAGE - 1) / TIANJIN_PAGE;
        for (int p = 0; p * TIANJIN_PAGE < rows.size(); p++) {
            int page = firstPage + p;
            CrawlRequest request = CrawlRequest.post(TJ_LIST, "pageNo=" + page + "&pageSize=" + TIANJIN_PAGE + "&messageid="
                    + messageid + "&domainid=" + domainid + "&condition=&yzm=");
            StringBuilder main = new StringBuilder("<div class=\"list-title\">" + Html.esc(title) + "</div>\n");
            main.append("<table class=\"list-table\"><tr><th>名称</th><th>地区</th><th>认定日期</th><th>操作</th></tr>\n");
            List<ListRow> slice = rows.subList(p * TIANJIN_PAGE, Math.min(rows.size(), (p + 1) * TIANJIN_PAGE));
            List<SitePage> details = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                ListRow r = slice.get(i);
                String recid = (red ? "R" : "B") + r.date().toString().replace("-", "") + String.format("%06d", page * TIANJIN_PAGE + i);
                String name = Html.attr(r.name());
                String region = Html.attr(r.region());
                main.append("<tr><td title=\"").append(name).append("\">").append(name).append("</td><td title=\"").append(region)
                        .append("\">").append(region).append("</td><td title=\"").append(r.date()).append("\">").append(r.date())
                        .append("</td><td><a href=\"javascript:void(0)\" onclick=\"showDetail('").append(recid).append("','")
                        .append(recflag).append("','").append(messageid).append("')\">查看</a></td></tr>\n");
                details.add(detail(r, recid, messageid, recflag, red));
            }
            main.append("</table>\n<div class=\"pager\"><span>共").append(total).append("条 ").append(page).append("/").append(last)
                    .append("页</span>");
            if (page > 1) {
                main.append("<a href=\"javascript:_gotoPage('1')\">首页</a><a href=\"javascript:_gotoPage('").append(page - 1)
                        .append("')\">上一页</a>");
            }
            if (page < last) {
                main.append("<a href=\"javascript:_gotoPage('").append(page + 1).append("')\">下一页</a>");
            }
            main.append("<a href=\"javascript:_gotoPage('").append(last).append("')\">尾页</a></div>");
            String html = Html.page(Hosts.CREDIT_TIANJIN, title, List.of(), "信用公示 &gt; " + Html.esc(title), main.toString());
            SitePage list = SitePage.html(Hosts.CREDIT_TIANJIN, request, html, List.of(), slice.get(0).date(), null);
            for (int i = 0; i < slice.size(); i++) {
                ListRow r = slice.get(i);
                if (r.personId() != null) {
                    String cat = red ? r.category() : null;
                    ctx.appear(r.personId(), Hosts.CREDIT_TIANJIN, list, title, kind, r.name(), r.region(), cat, r.date().toString());
                    String district = r.region().startsWith("天津市") ? r.region().substring(3) : r.region();
                    ctx.appear(r.personId(), Hosts.CREDIT_TIANJIN, details.get(i), title, kind, r.name(), district, cat, r.date().toString());
                }
            }
            ctx.emit(list, "tianjin-list-" + kind);
            for (SitePage d : details) {
                ctx.emit(d, "tianjin-detail-" + kind);
            }
        }
    }

    private SitePage detail(ListRow r, String recid, String messageid, String recflag, boolean red) {
        CrawlRequest request = CrawlRequest.get("http://credit.fzgg.tj.gov.cn/xygs/showDetail.do?recid=" + recid
                + "&messageid=" + messageid + "&recflag=" + recflag);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"姓名", r.name()});
        fields.add(new String[] {"性别", r.who().gender()});
        fields.add(new String[] {"出生年月", r.who().birthText()});
        fields.add(new String[] {"所在区", r.region().startsWith("天津市") ? r.region().substring(3) : r.region()});
        if (red) {
            fields.add(new String[] {"荣誉名称", "天津好人"});
            fields.add(new String[] {"认定部门", "天津市精神文明建设委员会办公室"});
            fields.add(new String[] {"认定日期", ChineseDates.day(r.date())});
            fields.add(new String[] {"事迹类别", r.category()});
        } else {
            fields.add(new String[] {"证件号码", mask(r.who().region().code())});
            fields.add(new String[] {"失信行为", "有履行能力而拒不履行生效法律文书确定义务"});
            fields.add(new String[] {"执行法院", r.category()});
            fields.add(new String[] {"案号", "（" + r.date().getYear() + "）津0" + (1 + ctx.random.nextInt(2)) + "执"
                    + (100 + ctx.random.nextInt(9000)) + "号"});
            fields.add(new String[] {"认定日期", ChineseDates.day(r.date())});
        }
        StringBuilder main = new StringBuilder("<table class=\"table table-bordered\">\n");
        for (String[] f : fields) {
            main.append("<tr><td>").append(f[0]).append("</td><td>").append(Html.esc(f[1])).append("</td></tr>\n");
        }
        main.append("</table>");
        Host host = Hosts.CREDIT_TIANJIN;
        return SitePage.html(host, request, Html.page(host, r.name() + " 详情", List.of(), "信用公示 &gt; 详情", main.toString()),
                List.of(), r.date(), null);
    }

    /** A masked identity number: the first four digits, ten stars, the last four (never a whole number). */
    private String mask(String regionCode) {
        int check = ctx.random.nextInt(11);
        return regionCode.substring(0, 4) + "**********" + String.format("%03d", ctx.random.nextInt(1000))
                + (check == 10 ? "X" : String.valueOf(check));
    }
}
