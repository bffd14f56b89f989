package org.civcred.mirror.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * public.creditchina.gov.cn/private-api: the court-defaulter person list (36 rows; pages 1–3
 * answer, page 4 answers the {@code 40001} challenge) and the 守信激励 typeSourceSearch list.
 */
public final class PublicApi implements SiteBuilder {

    static final int BLACK_TOTAL = 36;
    static final int BLACK_SERVED_PAGES = 3;
    static final int REWARD_TOTAL = 30;
    static final int PAGE_SIZE = 10;
    static final String REWARD_TYPE = "%E5%AE%88%E4%BF%A1%E6%BF%80%E5%8A%B1"; // 守信激励, UTF-8 percent-encoded

    /** A row and, for planted rows, who it is. */
    private record Row(Map<String, Object> json, Subject subject, String regionCode, boolean govBody, String name) { }

    @Override
    public void plan(Build build) {
        // JSON pages only; rendered below.
    }

    public static String blackUrl(int page) {
        return Hosts.PUBLIC_API.base() + "/private-api/catalogSearchPerson?tableName=credit_zgf_zrr_sxbzxr_jb&searchState=2"
                + "&scenes=defaultscenario&keyword=&page=" + page + "&pageSize=" + PAGE_SIZE;
    }

    public static String rewardUrl(int page) {
        return Hosts.PUBLIC_API.base() + "/private-api/typeSourceSearch?type=" + REWARD_TYPE + "&page=" + page + "&pageSize=" + PAGE_SIZE;
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>(blackList(b));
        pages.addAll(rewards(b));
        return pages;
    }

    /**
     * Court defaulters: planted rows and the government bodies come first so that they fall inside
     * the three served pages; the rest of the 36 are filler, and rows 31–36 are never served.
     */
    private List<SitePage> blackList(Build b) {
        List<Row> planted = new ArrayList<>();
        for (Build.Planned p : b.planned("cc-black")) {
            var a = p.appearance();
            Human who = b.human(p);
            String code = who.region().code();
            planted.add(new Row(black(a.name(), a.when(), mask(code, b.random), a.court(), a.region()),
                    new Subject(p.person().id(), "失信被执行人", "black", a.name(), a.region(), null, a.when(), code), code, false, a.name()));
        }
        for (Scenario.GovBody g : b.scenario.govBodies()) {
            Region r = b.pools.region(g.regionCode());
            planted.add(new Row(black(g.name(), g.date(), g.code(), g.court(), r.province() + r.city()), null, g.regionCode(), true, g.name()));
        }
        List<Row> rows = new ArrayList<>(planted);
        int total = BLACK_TOTAL;
        while (rows.size() < total) {
            Pools.Court court = b.names.pick(b.pools.courts());
            Region r = b.pools.region(court.region());
            Human who = b.names.person(r, null, 1955, 1995);
            LocalDate when = LocalDate.of(2017, 1, 1).plusDays(b.random.nextInt(1400));
            rows.add(new Row(black(who.name(), when.toString(), mask(r.code(), b.random), court.name(), r.province() + r.city()),
                    null, r.code(), false, who.name()));
        }
        // Planted rows stay within the served pages 1–3; the order is shuffled there.
        List<Row> served = new ArrayList<>(rows.subList(0, BLACK_SERVED_PAGES * PAGE_SIZE));
        Collections.shuffle(served, new Random(17));
        List<SitePage> pages = new ArrayList<>();
        for (int page = 1; page <= BLACK_SERVED_PAGES; page++) {
            pages.add(page(b, CrawlRequest.get(blackUrl(page)), served.subList((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
                    total, "black", PublicApi::blackUrl));
        }
        String blocked = "{\"status\":40001,\"message\":\"请刷新后重试！\"}";
        pages.add(new SitePage(Hosts.PUBLIC_API, CrawlRequest.get(blackUrl(BLACK_SERVED_PAGES + 1)), 200, Hosts.PUBLIC_API.htmlType(),
                blocked.getBytes(StandardCharsets.UTF_8), List.of(), List.of(), List.of(), "status-40001", null, null));
        return pages;
    }

    private List<SitePage> rewards(Build b) {
        List<Row> rows = new ArrayList<>();
        for (Build.Planned p : b.planned("cc-sxjl")) {
            var a = p.appearance();
            Human who = b.human(p);
            String birth = a.birth() != null ? a.birth() : who.birth().toString();
            rows.add(new Row(reward(a.name(), who.gender(), birth, a.region(), a.honour(), a.when()),
                    new Subject(p.person().id(), "守信激励", "red", a.name(), a.region(), null, a.when(), who.region().code()),
                    who.region().code(), false, a.name()));
        }
        while (rows.size() < REWARD_TOTAL) {
            Human who = b.names.person(null, null, 1945, 1990);
            LocalDate when = LocalDate.of(2018, 3, 1).plusDays(b.random.nextInt(1000));
            rows.add(new Row(reward(who.name(), who.gender(), who.birth().toString(), who.region().province() + who.region().city(),
                    "诚信之星", when.toString()), null, who.region().code(), false, who.name()));
        }
        Collections.shuffle(rows, new Random(29));
        List<SitePage> pages = new ArrayList<>();
        int count = (REWARD_TOTAL + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int page = 1; page <= count; page++) {
            pages.add(page(b, CrawlRequest.get(rewardUrl(page)), rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE)),
                    REWARD_TOTAL, "red", PublicApi::rewardUrl));
        }
        return pages;
    }

    /** One API page; every row is a credit-list entry for the city counts, planted rows also an appearance. */
    private SitePage page(Build b, CrawlRequest request, List<Row> rows, int total, String kind,
                          java.util.function.IntFunction<String> urlOfPage) {
        List<Object> list = new ArrayList<>();
        for (Row r : rows) {
            list.add(r.json());
            if (r.subject() != null) {
                b.mention(r.subject(), Hosts.PUBLIC_API, request);
            }
            b.creditEntry(kind, r.regionCode(), r.govBody(), request, r.name());
        }
        Map<String, Object> body = envelope(list, total);
        List<CrawlRequest> links = new ArrayList<>();
        for (int q = 1; q <= (total + PAGE_SIZE - 1) / PAGE_SIZE; q++) {
            if (!urlOfPage.apply(q).equals(request.url())) {
                links.add(CrawlRequest.get(urlOfPage.apply(q)));
            }
        }
        return SitePage.json(Hosts.PUBLIC_API, request, Json.write(body), links);
    }

    private static Map<String, Object> black(String name, String date, String masked, String court, String region) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("xm", name);
        r.put("lrsj", date);
        r.put("tmzjhm", masked);
        r.put("lrbm", court);
        r.put("ssdq", region);
        return r;
    }

    /** The private API's answer around one page of rows: status, message, total and the list. */
    public static Map<String, Object> envelope(List<Object> list, long total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", total);
        data.put("list", list);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 1);
        body.put("message", "成功");
        body.put("data", data);
        return body;
    }

    /** One 守信激励 row as typeSourceSearch returns it; the synthetic corpus writes the same rows. */
    public static Map<String, Object> reward(String name, String gender, String birth, String region, String honour, String date) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("xm", name);
        entity.put("xb", gender);
        entity.put("csny", birth);
        entity.put("ssdq", region);
        entity.put("rych", honour);
        entity.put("rdsj", date);
        entity.put("rdbm", "中央文明办 国家发展改革委");
        Map<String, Object> sences = new LinkedHashMap<>();
        String[][] labels = {{"xm", "姓名"}, {"xb", "性别"}, {"csny", "出生年月"}, {"ssdq", "所在地区"}, {"rych", "荣誉称号"},
            {"rdsj", "认定时间"}, {"rdbm", "认定部门"}};
        for (String[] l : labels) {
            sences.put(l[0], l[1]);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("table_name", "credit_xyzx_cxzx");
        r.put("entity", entity);
        r.put("columnList", List.of("xm", "xb", "csny", "ssdq", "rych", "rdsj", "rdbm"));
        r.put("sencesMap", sences);
        r.put("dataSource", "中央文明办");
        return r;
    }

    /** A masked identity number: the first four digits, ten stars, the last four (never a whole number). */
    static String mask(String regionCode, Random random) {
        return regionCode.substring(0, 4) + "**********" + String.format("%03d", random.nextInt(1000)) + (random.nextInt(11) == 10 ? "X" : String.valueOf(random.nextInt(10)));
    }
}
