package org.civcred.mirror.truth;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.site.CanonicalKey;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.CrawlRequest;

/**
 * A breadth-first crawl over the snapshot's own link graph, from the seeds, obeying robots.txt
 * (parsed with crawler-commons, as the crawler does) and stopping at challenges. Because the
 * generator declares every link it renders, the result is what a correct crawl fetches.
 * A link to a page the snapshot does not have is a generator bug and fails the build.
 */
public final class CrawlGraph {

    /** The outcome: content pages reached, in BFS order, and what the crawl met on the way. */
    public record Result(List<String> expected, List<SitePage> expectedPages, List<String> disallowed,
                         List<GroundTruth.Challenge> challenges, List<String> defence) { }

    private final Map<String, SitePage> byKey = new HashMap<>();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();

    public CrawlGraph(List<SitePage> pages) {
        for (SitePage p : pages) {
            byKey.put(CanonicalKey.of(p.request()), p);
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        for (Host h : Hosts.ALL) {
            byte[] text = h.robots() == null ? new byte[0] : h.robots().getBytes(StandardCharsets.UTF_8);
            robots.put(h.name(), parser.parseContent(h.base() + "/robots.txt", text, "text/plain", List.of("civcred")));
        }
    }

    public boolean allowed(String url) {
        BaseRobotRules rules = robots.get(CanonicalKey.host(url));
        return rules == null || rules.isAllowed(url);
    }

    public Result crawl(List<CrawlRequest> seeds) {
        List<String> expected = new ArrayList<>();
        List<SitePage> expectedPages = new ArrayList<>();
        Set<String> disallowed = new LinkedHashSet<>();
        List<GroundTruth.Challenge> challenges = new ArrayList<>();
        Set<String> defence = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<CrawlRequest> queue = new ArrayDeque<>();
        for (CrawlRequest s : seeds) {
            if (seen.add(CanonicalKey.of(s))) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            CrawlRequest request = queue.poll();
            if (!allowed(request.url())) {
                disallowed.add(request.key());
                continue;
            }
            SitePage page = byKey.get(CanonicalKey.of(request));
            if (page == null) {
                throw new IllegalStateException("The mirror links " + request.key() + " but has no such page");
            }
            defence.addAll(page.defenceLinks());
            if (page.challenge() != null) {
                challenges.add(new GroundTruth.Challenge(request.key(), page.challenge()));
                continue;
            }
            if (page.status() / 100 == 2) {
                expected.add(request.key());
                expectedPages.add(page);
            }
            for (CrawlRequest link : page.links()) {
                if (seen.add(CanonicalKey.of(link))) {
                    queue.add(link);
                }
            }
        }
        return new Result(expected, expectedPages, List.copyOf(disallowed), challenges, List.copyOf(defence));
    }
}
