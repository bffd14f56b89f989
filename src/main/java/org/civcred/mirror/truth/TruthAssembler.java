package org.civcred.mirror.truth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.scenario.Scenario;
import org.civcred.mirror.site.CreditEntry;
import org.civcred.mirror.site.Generated;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;
import org.civcred.mirror.site.Mention;
import org.civcred.mirror.site.ScenarioPlanner;
import org.civcred.mirror.site.SitePage;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Family;

/**
 * Turns a generated snapshot into its ground truth. Everything is derived from what was rendered:
 * appearances from the mentions the renderers recorded, the crawl from {@link CrawlGraph},
 * cross-mentions by scanning the reached articles' text, city counts from the rendered list rows.
 */
public final class TruthAssembler {

    /** Phrases a credit page may use about the civilization programme, and the other way round. */
    static final List<String> CIVILIZATION_PHRASES = List.of("创建文明城市", "创建全国文明城市", "全国文明城市", "文明城市测评");
    static final List<String> CREDIT_PHRASES = List.of("信用体系建设", "社会信用体系", "失信被执行人", "红黑名单", "联合奖惩", "守信激励");
    private static final String GBK_ONLY = "喆堃镕昇劉蘭";

    private TruthAssembler() {
    }

    public static GroundTruth assemble(String version, Scenario scenario, Generated g) {
        CrawlGraph graph = new CrawlGraph(g.pages());
        CrawlGraph.Result crawl = graph.crawl(g.seeds());
        Set<String> reached = new LinkedHashSet<>(crawl.expected());
        Map<String, String> robots = new LinkedHashMap<>();
        for (Host h : Hosts.ALL) {
            if (h.robots() != null) {
                robots.put(h.name(), h.robots());
            }
        }
        GroundTruth.Crawl crawlTruth = new GroundTruth.Crawl(g.seeds().stream().map(CrawlRequest::key).toList(),
                crawl.expected(), crawl.disallowed(), crawl.challenges(), crawl.defence(), robots);

        Map<String, List<GroundTruth.Appearance>> byPerson = new LinkedHashMap<>();
        for (Mention m : g.mentions()) {
            if (!reached.contains(m.requestKey())) {
                throw new IllegalStateException("Appearance of " + m.subject().personId() + " on unreachable " + m.requestKey());
            }
            var s = m.subject();
            byPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(new GroundTruth.Appearance(
                    m.host().family().id(), m.host().profile(), m.url(), m.requestKey(), s.list(), s.listKind(), s.name(),
                    s.region(), s.category(), s.date()));
        }
        byPerson.values().forEach(l -> l.sort(Comparator.comparing(GroundTruth.Appearance::family)
                .thenComparing(GroundTruth.Appearance::request)));

        List<GroundTruth.Person> persons = new ArrayList<>();
        for (Scenario.Person p : scenario.persons()) {
            List<GroundTruth.Appearance> apps = byPerson.getOrDefault(p.id(), List.of());
            persons.add(new GroundTruth.Person(p.id(), p.name(), p.gender(), p.birth(), p.region(), p.regionCode(), p.category(),
                    apps, variants(apps), p.note()));
        }
        List<GroundTruth.Distractor> distractors = new ArrayList<>();
        for (Scenario.Person d : scenario.distractors()) {
            distractors.add(new GroundTruth.Distractor(d.id(), d.name(), byPerson.getOrDefault(d.id(), List.of()),
                    d.mustNotMatch(), d.why()));
        }

        List<GroundTruth.ArticleCluster> clusters = new ArrayList<>();
        for (ScenarioPlanner.PlannedCluster c : g.clusters()) {
            List<GroundTruth.Member> members = c.members().stream().map(m -> new GroundTruth.Member(m.article().url(),
                    m.article().column().host().family().id(), m.article().column().host().profile(),
                    m.article().date().toString(), m.edit())).toList();
            clusters.add(new GroundTruth.ArticleCluster(c.id(), c.note(), members));
        }
        List<GroundTruth.ArticleDistractor> pairs = g.pairs().stream().map(p -> new GroundTruth.ArticleDistractor(
                List.of(p.civ().url(), p.credit().url()),
                p.id() + ": two " + p.category() + " stories written from the same sentence templates about different people")).toList();

        List<GroundTruth.CrossMention> cross = crossMentions(crawl.expectedPages());
        List<GroundTruth.City> cities = new ArrayList<>();
        for (Scenario.City c : scenario.cities()) {
            cities.add(city(c, g.creditEntries(), reached, cross, crawl.expectedPages()));
        }
        return new GroundTruth(version, Hosts.ALL.stream().map(Host::name).toList(), crawlTruth, persons, distractors,
                clusters, pairs, cross, cities, gbkSamples(g.mentions()));
    }

    private static List<String> variants(List<GroundTruth.Appearance> apps) {
        Set<String> v = new LinkedHashSet<>();
        apps.forEach(a -> v.add(a.nameAsWritten()));
        return List.copyOf(v);
    }

    /**
     * Scans the reached articles rather than trusting the plan, so that a phrase that turns up in
     * filler or in a republication is reported too; precision of a job is then measurable.
     */
    private static List<GroundTruth.CrossMention> crossMentions(List<SitePage> pages) {
        List<GroundTruth.CrossMention> out = new ArrayList<>();
        for (SitePage p : pages) {
            if (p.text() == null) {
                continue;
            }
            boolean credit = p.host().family() == Family.CREDIT;
            for (String phrase : credit ? CIVILIZATION_PHRASES : CREDIT_PHRASES) {
                if (p.text().contains(phrase)) {
                    out.add(new GroundTruth.CrossMention(p.request().url(), p.host().family().id(), phrase));
                }
            }
        }
        return out;
    }

    /** Counts only rows a correct crawl receives, so the numbers are what the jobs can possibly see. */
    private static GroundTruth.City city(Scenario.City c, List<CreditEntry> entries, Set<String> reached,
                                         List<GroundTruth.CrossMention> cross, List<SitePage> pages) {
        int red = 0;
        int black = 0;
        int gov = 0;
        for (CreditEntry e : entries) {
            if (!reached.contains(e.requestKey()) || !within(e.regionCode(), c.code())) {
                continue;
            }
            if (e.kind().equals("red")) {
                red++;
            } else {
                black++;
                gov += e.govBody() ? 1 : 0;
            }
        }
        Set<String> crossUrls = new LinkedHashSet<>();
        Map<String, String> text = new LinkedHashMap<>();
        pages.forEach(p -> text.put(p.request().url(), p.text()));
        for (GroundTruth.CrossMention m : cross) {
            String t = text.get(m.url());
            if (t != null && t.contains(c.name())) {
                crossUrls.add(m.url());
            }
        }
        return new GroundTruth.City(c.code(), c.name(), c.civilizedCityYears(), red, black, gov, crossUrls.size());
    }

    /** Whether a county code lies in a city (411300 → 4113xx, 120000 → 12xxxx) or is the county itself. */
    static boolean within(String regionCode, String cityCode) {
        if (cityCode.endsWith("0000")) {
            return regionCode.startsWith(cityCode.substring(0, 2));
        }
        if (cityCode.endsWith("00")) {
            return regionCode.startsWith(cityCode.substring(0, 4));
        }
        return regionCode.equals(cityCode);
    }

    private static List<GroundTruth.GbkSample> gbkSamples(List<Mention> mentions) {
        Set<String> seen = new LinkedHashSet<>();
        List<GroundTruth.GbkSample> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean gbkHost = m.host() == Hosts.TJWENMING || m.host() == Hosts.NANYANG;
            String name = m.subject().name();
            if (gbkHost && name.chars().anyMatch(ch -> GBK_ONLY.indexOf(ch) >= 0) && seen.add(m.url())) {
                out.add(new GroundTruth.GbkSample(m.url(), name));
            }
        }
        return out;
    }
}
