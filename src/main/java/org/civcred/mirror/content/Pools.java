package org.civcred.mirror.content;

import java.util.List;
import java.util.Map;
import org.civcred.mirror.scenario.Scenario;

/** Word and sentence pools for filler content ({@code mirror/pools.yaml}); see that file for the slots. */
public record Pools(List<String> surnames, List<String> givenMale, List<String> givenFemale, List<Region> regions,
                    List<String> towns, List<String> villages, List<String> units, Map<String, List<String>> jobs,
                    List<String> relatives, List<String> openers, Map<String, List<String>> deeds,
                    List<String> quotes, List<String> closers, List<String> honours, List<String> creditNews,
                    List<String> civNews, List<String> agenciesCredit, List<String> agenciesCiv,
                    List<String> companies, List<Court> courts, Map<String, List<String>> titles,
                    List<String> phraseSentences, List<String> addedParagraphs, List<String> editorNotes,
                    Map<String, List<String>> newsTitles) {

    /** A court that puts people on the court-defaulter list, and the region it sits in. */
    public record Court(String name, String region) { }

    public static Pools standard() {
        return Scenario.load("/mirror/pools.yaml", Pools.class);
    }

    /** The five 中国好人榜 categories, in the order the API codes list them. */
    public static final List<String> CATEGORIES = List.of("助人为乐", "见义勇为", "诚实守信", "敬业奉献", "孝老爱亲");

    public Region region(String code) {
        for (Region r : regions) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("No region with code " + code + " in mirror/pools.yaml");
    }
}
