package org.civcred.mirror.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.model.CrawlRequest;

/**
 * Builds the whole snapshot in a fixed order: every site plans its columns and planted stories,
 * the scenario planner adds clusters, pairs and cross-mentions, filler tops the columns up, then
 * everything is rendered. Same scenario, pools and seed → same bytes.
 */
public final class Generator {

    /** A 1×1 transparent GIF, served for the captcha endpoints (which a correct crawl never requests). */
    private static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private Generator() {
    }

    public static Generated generate(Scenario scenario, Pools pools, long seed) {
        Build b = new Build(scenario, pools, seed);
        List<SiteBuilder> sites = List.of(new WenmingSite(), new ZghrApi(), new LocalCivSites(), new TjwenmingSite(),
                new CreditChinaSite(), new PublicApi(), new CreditTianjinSite(), new TongbaiSite(), new NanyangSite());
        sites.forEach(s -> s.plan(b));
        ScenarioPlanner planner = new ScenarioPlanner();
        planner.plan(b);
        Filler.plan(b);

        List<SitePage> pages = new ArrayList<>();
        for (Map.Entry<Column, List<Article>> e : b.articles().entrySet()) {
            Column column = e.getKey();
            if (column.listed()) {
                pages.addAll(listPages(column, e.getValue()));
            }
            for (Article a : e.getValue()) {
                pages.add(ArticlePage.render(a, b));
            }
        }
        for (SiteBuilder s : sites) {
            pages.addAll(s.render(b));
        }
        for (Host h : Hosts.ALL) {
            if (h.robots() != null) {
                pages.add(new SitePage(h, CrawlRequest.get(h.base() + "/robots.txt"), 200, "text/plain",
                        h.robots().getBytes(StandardCharsets.UTF_8), List.of(), List.of(), List.of(), null, null, null));
            }
        }
        pages.add(image(Hosts.PUBLIC_API, CreditChinaSite.VERIFY));
        pages.add(image(Hosts.CREDIT_TIANJIN, CreditTianjinSite.CAPTCHA_IMAGE));
        List<String> activityIds = scenario.activities().stream().map(Scenario.Activity::id).toList();
        return new Generated(List.copyOf(pages), Seeds.all(activityIds), List.copyOf(b.mentions()),
                List.copyOf(b.creditEntries()), planner.clusters(), planner.pairs());
    }

    private static List<SitePage> listPages(Column column, List<Article> articles) {
        List<TrsList.Item> items = TrsList.items(articles);
        if (column.host() == Hosts.CREDITCHINA && column.path().endsWith("shouxinhongmingdan")) {
            List<SitePage> pages = new ArrayList<>(TrsList.render(column, items, CreditChinaSite.honoursIntro(), List.of()));
            pages.set(0, pages.get(0).withDefenceLinks(List.of(CreditChinaSite.VERIFY)));
            return pages;
        }
        if (column.host() == Hosts.TONGBAI) {
            return TrsList.render(column, items, TongbaiSite.listIntro(), List.of(CrawlRequest.get(TongbaiSite.DISALLOWED)));
        }
        return TrsList.render(column, items, null, List.of());
    }

    private static SitePage image(Host host, String url) {
        return new SitePage(host, CrawlRequest.get(url), 200, "image/gif", GIF, List.of(), List.of(), List.of(), null, null, null);
    }
}
