package org.civcred.mirror;

import java.util.List;
import java.util.Map;

/**
 * What the mirror contains, exactly: the crawl a correct crawler performs from the contract's
 * seeds, and the planted overlaps (persons on both sides, distractors, republished-article
 * clusters, cross-mentions, cities) that later jobs are scored against. Written as JSON with
 * snake_case keys ({@code expected_captures}, {@code name_as_written} …) by
 * {@link MirrorSnapshot#groundTruthJson()}. Request keys are {@code CrawlRequest.key()} strings.
 */
public record GroundTruth(String snapshot, List<String> hosts, Crawl crawl, List<Person> persons,
                          List<Distractor> distractors, List<ArticleCluster> articles,
                          List<ArticleDistractor> articleDistractors, List<CrossMention> crossMentions,
                          List<City> cities, List<GbkSample> gbkSamples) {

    /**
     * The crawl from the seeds: every 2xx content page reached ({@code expectedCaptures}, challenges
     * excluded), links a robots.txt disallows, the challenge responses met, the defence endpoints
     * linked (never to be requested) and each host's robots.txt (absent = 404, allow all).
     */
    public record Crawl(List<String> seeds, List<String> expectedCaptures, List<String> robotsDisallowed,
                        List<Challenge> challenges, List<String> defenceEndpoints, Map<String, String> robotsTxt) { }

    /** kind: http-412, jsl-clearance, json-40001 or captcha. */
    public record Challenge(String request, String kind) { }

    /** One page (or API row page) where a person is named. list_kind: honour, red or black. */
    public record Appearance(String family, String site, String url, String request, String list, String listKind,
                             String nameAsWritten, String regionAsWritten, String categoryAsWritten, String date) { }

    public record Person(String id, String name, String gender, String birth, String region, String regionCode,
                         String category, List<Appearance> appearances, List<String> variants, String note) { }

    /** Appearances that must not be matched to the listed persons (or, with none listed, to each other). */
    public record Distractor(String id, String name, List<Appearance> appearances, List<String> mustNotMatch, String why) { }

    public record ArticleCluster(String id, String note, List<Member> members) { }

    /** edit is empty for the original and lists the edits for a republication. */
    public record Member(String url, String family, String site, String date, String edit) { }

    public record ArticleDistractor(List<String> urls, String why) { }

    public record CrossMention(String url, String family, String phrase) { }

    public record City(String code, String name, List<Integer> civilizedCityYears, int redEntries, int blackEntries,
                       int govBodiesOnBlackLists, int crossMentions) { }

    public record GbkSample(String url, String contains) { }
}
