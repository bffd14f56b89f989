package org.civcred.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.civcred.site.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Crawl rules for the tiny test site: HTML links are {@code <a href>} (kind from
 * {@code data-kind}, page number from {@code data-page}); JSON pages list
 * {@code {"links":[{"url":…,"kind":…,"page":…,"form":…}]}}. Hrefs that are not URLs are passed
 * through raw so that the crawler's own guard must drop them.
 */
class TestRules implements CrawlRules {

    private final List<CrawlRequest> seeds;
    private final Set<String> hosts;
    private final Map<String, Duration> delays;

    TestRules(List<CrawlRequest> seeds, Set<String> hosts, Map<String, Duration> delays) {
        this.seeds = List.copyOf(seeds);
        this.hosts = Set.copyOf(hosts);
        this.delays = Map.copyOf(delays);
    }

    static TestRules of(TinySite site, String... seedTargets) {
        List<CrawlRequest> seeds = new ArrayList<>();
        for (String t : seedTargets) {
            seeds.add(CrawlRequest.get(site.url(t)));
        }
        return new TestRules(seeds, Set.of("127.0.0.1"), Map.of());
    }

    TestRules withSeeds(List<CrawlRequest> more) {
        List<CrawlRequest> all = new ArrayList<>(seeds);
        all.addAll(more);
        return new TestRules(all, hosts, delays);
    }

    TestRules allowing(String... more) {
        Set<String> all = new java.util.HashSet<>(hosts);
        all.addAll(List.of(more));
        return new TestRules(seeds, all, delays);
    }

    @Override
    public List<Seed> seeds(List<String> siteIds) {
        return seeds.stream().map(r -> new Seed("tiny", r)).toList();
    }

    @Override
    public Optional<String> siteOf(String url) {
        return hosts.contains(Urls.host(url)) ? Optional.of("tiny") : Optional.empty();
    }

    @Override
    public Optional<String> familyOf(String url) {
        return hosts.contains(Urls.host(url)) ? Optional.of("civilization") : Optional.empty();
    }

    @Override
    public boolean hostAllowed(String host) {
        return hosts.contains(host);
    }

    @Override
    public boolean inScope(CrawlRequest request) {
        return !request.url().contains("/out-of-scope/");
    }

    @Override
    public boolean isDefenceEndpoint(String url) {
        return url.contains("/verify/getVerify") || url.contains("/captcha.do");
    }

    @Override
    public Optional<Duration> profileDelay(String host) {
        return Optional.ofNullable(delays.get(host));
    }

    @Override
    public List<Link> links(Page page) {
        List<Link> links = new ArrayList<>();
        try {
            if (page.isJson()) {
                JsonNode root = new ObjectMapper().readTree(page.body());
                for (JsonNode l : root.path("links")) {
                    String url = Urls.resolve(page.url(), l.get("url").asText()).orElse(l.get("url").asText());
                    CrawlRequest r = l.has("form") ? CrawlRequest.post(url, l.get("form").asText()) : CrawlRequest.get(url);
                    links.add(new Link(r, LinkKind.valueOf(l.path("kind").asText("NAVIGATION")), l.path("page").asInt(0)));
                }
                return links;
            }
            for (Element a : Jsoup.parse(page.text(), page.url()).select("a[href]")) {
                String url = a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href");
                LinkKind kind = a.hasAttr("data-kind") ? LinkKind.valueOf(a.attr("data-kind")) : LinkKind.NAVIGATION;
                int pageNumber = a.hasAttr("data-page") ? Integer.parseInt(a.attr("data-page")) : 0;
                links.add(new Link(CrawlRequest.get(url), kind, pageNumber));
            }
        } catch (Exception e) {
            return List.of();
        }
        return links;
    }
}
