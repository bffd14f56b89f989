package org.civcred.site.spec;

import java.util.List;

/**
 * One {@code crawler/sites/<id>.yaml} file as written, before validation. Keys are kebab-case in
 * YAML ({@code max-depth}, {@code page-types}); every key is described in {@code crawler/README.md}.
 * Absent lists read as empty lists so the validator can name what is missing.
 *
 * @param id               profile id, equal to the file name without {@code .yaml}
 * @param name             human-readable site name
 * @param family           {@code credit} or {@code civilization}
 * @param hosts            exact host names or {@code *.}-suffix / {@code *}-label patterns
 * @param seeds            where a crawl of this site starts
 * @param scope            allow/deny regexes over whole URLs
 * @param politeness       per-host pacing
 * @param maxDepth         link hops from a seed the crawler follows
 * @param defenceEndpoints regexes of URLs that are anti-bot endpoints, never to be fetched
 * @param pageTypes        URL-matched page types, tried in order
 */
public record ProfileSpec(String id, String name, String family, List<String> hosts, List<SeedSpec> seeds,
                          ScopeSpec scope, PolitenessSpec politeness, Integer maxDepth,
                          List<String> defenceEndpoints, List<PageTypeSpec> pageTypes) {

    public ProfileSpec {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        scope = scope == null ? new ScopeSpec(List.of(), List.of()) : scope;
        politeness = politeness == null ? new PolitenessSpec(null) : politeness;
        defenceEndpoints = defenceEndpoints == null ? List.of() : List.copyOf(defenceEndpoints);
        pageTypes = pageTypes == null ? List.of() : List.copyOf(pageTypes);
    }
}
