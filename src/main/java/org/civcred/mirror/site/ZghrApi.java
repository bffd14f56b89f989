package org.civcred.mirror.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.content.Human;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * zghr.wenming.cn: the candidates API, {@code /api/v2/candidates?activityId=&pageNum=&pageSize=20}
 * for three activities, and one {@code /api/v2/activities/<id>} record each.
 */
public final class ZghrApi implements SiteBuilder {

    static final int PAGE_SIZE = 20;
    private static final List<String> CODES = List.of("altruistic", "brave", "honest", "dedicated", "filial");

    @Override
    public void plan(Build build) {
        // API rows are generated at render time; nothing goes into TRS columns.
    }

    public static String candidatesUrl(String activityId, int page) {
        return Hosts.ZGHR.base() + "/api/v2/candidates?activityId=" + activityId + "&pageNum=" + page + "&pageSize=" + PAGE_SIZE;
    }

    public static String activityUrl(String activityId) {
        return Hosts.ZGHR.base() + "/api/v2/activities/" + activityId;
    }

    @Override
    public List<SitePage> render(Build b) {
        List<SitePage> pages = new ArrayList<>();
        List<Build.Planned> planted = b.planned("zghr");
        int index = 0;
        for (Scenario.Activity act : b.scenario.activities()) {
            index++;
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            List<Subject> subjectRows = new ArrayList<>();
            for (Build.Planned p : planted) {
                if (p.appearance().when().equals(String.valueOf(index))) {
                    Human who = b.human(p);
                    rows.add(row(b, act, p.appearance().name(), who.gender(), p.appearance().category(), p.appearance().region(), rows.size()));
                    subjectRows.add(new Subject(p.person().id(), act.title(), "honour", p.appearance().name(),
                            p.appearance().region(), p.appearance().category(), act.end(), who.region().code()));
                }
            }
            while (rows.size() < act.total()) {
                Human who = b.names.person(null, null, 1945, 1998);
                rows.add(row(b, act, who.name(), who.gender(), CODES.get(Pools.CATEGORIES.indexOf(who.category())),
                        who.region().full(), rows.size()));
                subjectRows.add(null);
            }
            // Planted rows are spread over the pages rather than all on page 1.
            java.util.Random shuffle = new java.util.Random(act.id().hashCode());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, shuffle);
            int pagesCount = (act.total() + PAGE_SIZE - 1) / PAGE_SIZE;
            for (int page = 1; page <= pagesCount; page++) {
                CrawlRequest request = CrawlRequest.get(candidatesUrl(act.id(), page));
                List<Map<String, Object>> slice = new ArrayList<>();
                for (int k = (page - 1) * PAGE_SIZE; k < Math.min(rows.size(), page * PAGE_SIZE); k++) {
                    int i = order.get(k);
                    slice.add(rows.get(i));
                    if (subjectRows.get(i) != null) {
                        b.mention(subjectRows.get(i), Hosts.ZGHR, request);
                    }
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", 200);
                body.put("msg", "success");
                body.put("total", act.total());
                body.put("pageNum", page);
                body.put("pageSize", PAGE_SIZE);
                body.put("rows", slice);
                List<CrawlRequest> links = new ArrayList<>();
                links.add(CrawlRequest.get(activityUrl(act.id())));
                for (int q = 1; q <= pagesCount; q++) {
                    if (q != page) {
                        links.add(CrawlRequest.get(candidatesUrl(act.id(), q)));
                    }
                }
                pages.add(SitePage.json(Hosts.ZGHR, request, Json.write(body), links));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("activityId", act.id());
            data.put("title", act.title());
            data.put("startDate", act.start());
            data.put("endDate", act.end());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", 200);
            body.put("data", data);
            pages.add(SitePage.json(Hosts.ZGHR, CrawlRequest.get(activityUrl(act.id())), Json.write(body), List.of()));
        }
        return pages;
    }

    private Map<String, Object> row(Build b, Scenario.Activity act, String name, String gender, String category,
                                    String region, int n) {
        String sid = "c" + act.id().substring(2) + String.format("%03d", n + 1);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("username", name);
        r.put("gender", gender);
        r.put("category", category);
        r.put("activityId", act.id());
        r.put("activityTitle", act.title());
        r.put("candidateSid", sid);
        r.put("photoUrl", Hosts.ZGHR.base() + "/upload/" + act.id() + "/" + sid + ".jpg");
        r.put("region", region);
        r.put("intro", introFor(b, name, category));
        return r;
    }

    private String introFor(Build b, String name, String category) {
        String cn = Pools.CATEGORIES.get(CODES.indexOf(category));
        String deed = b.names.pick(b.pools.deeds().get(cn));
        return name + "，" + deed.replace("{name}", name).replace("{ta}", "其").replace("{year}年", "当年")
                .replaceAll("\\{[a-z]+}", "多");
    }
}
