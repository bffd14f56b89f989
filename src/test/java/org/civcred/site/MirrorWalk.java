package org.civcred.site;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.crawl.CrawlRules;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Link;
import org.civcred.site.extract.Urls;

/**
 * Follows the profiles' links from their seeds over the mirror snapshot, the way a correct crawler
 * would (allowlist, defence endpoints, scope, robots.txt, one visit per request key), without any
 * network: what the profiles alone decide about the crawl.
 */
final class MirrorWalk {

    /** What the walk met: 2xx non-challenge pages, disallowed links, challenge answers, depth per key. */
    record Result(Set<String> captured, Set<String> robotsDisallowed, Set<String> challenges,
                  Set<String> missingFromMirror, Map<String, Integer> depth) {
    }

    private MirrorWalk() {
    }

    static Result walk(SiteRegistry registry, MirrorSnapshot mirror) {
        CrawlRules rules = new ProfileCrawlRules(registry);
        GroundTruth.Crawl truth = mirror.groundTruth().crawl();
        Map<String, MirrorResource> byKey = new HashMap<>();
        mirror.resources().forEach(r -> byKey.put(r.request().key(), r));
        Set<String> challengeKeys = new LinkedHashSet<>();
        truth.challenges().forEach(c -> challengeKeys.add(c.request()));
        Map<String, BaseRobotRules> robots = robots(truth.robotsTxt());

        Result result = new Result(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new HashMap<>());
        Deque<CrawlRequest> queue = new ArrayDeque<>();
        for (CrawlRules.Seed seed : rules.seeds(List.of())) {
            queue.add(seed.request());
            result.depth().put(seed.request().key(), 0);
        }
        while (!queue.isEmpty()) {
            CrawlRequest request = queue.poll();
            MirrorResource resource = byKey.get(request.key());
            if (resource == null) {
                result.missingFromMirror().add(request.key());
                continue;
            }
            if (challengeKeys.contains(request.key())) {
                result.challenges().add(request.key());
            } else if (resource.status() / 100 == 2) {
                result.captured().add(request.key());
            }
            Page page = Fixtures.page(request, resource.status(), resource.contentType(), resource.body());
            int depth = result.depth().get(request.key());
            for (Link link : rules.links(page)) {
                String key = link.request().key();
                String url = link.request().url();
                if (result.depth().containsKey(key) || !rules.hostAllowed(Urls.host(url))
                        || rules.isDefenceEndpoint(url) || !rules.inScope(link.request())) {
                    continue;
                }
                BaseRobotRules hostRules = robots.get(Urls.host(url));
                if (hostRules != null && !hostRules.isAllowed(url)) {
                    result.robotsDisallowed().add(key);
                    continue;
                }
                result.depth().put(key, depth + 1);
                queue.add(link.request());
            }
        }
        return result;
    }

    private static Map<String, BaseRobotRules> robots(Map<String, String> robotsTxt) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        Map<String, BaseRobotRules> rules = new HashMap<>();
        robotsTxt.forEach((host, text) -> rules.put(host, parser.parseContent("http://" + host + "/robots.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain", List.of("civcred"))));
        return rules;
    }
}
