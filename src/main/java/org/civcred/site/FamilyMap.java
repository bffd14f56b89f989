package org.civcred.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civcred.config.Errors;
import org.civcred.model.Family;
import org.civcred.site.extract.Urls;

/**
 * The host → family map of {@code crawler/families.yaml}. Each entry is a host pattern
 * ({@link HostPattern}) with an optional path prefix ({@code www.tongbai.gov.cn/xyxx/}). When
 * several entries match a URL, the most specific wins: exact host over pattern, then the longer
 * path prefix, then the longer pattern. Hosts no entry covers have no family.
 */
final class FamilyMap {

    private record Rule(HostPattern host, String pathPrefix, Family family) {
    }

    private final List<Rule> rules;

    private FamilyMap(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static FamilyMap empty() {
        return new FamilyMap(List.of());
    }

    /** Builds the map from the parsed file; problems name the file and key. */
    static FamilyMap of(Map<String, List<String>> byFamily, String source) {
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        byFamily.forEach((name, patterns) -> {
            Optional<Family> family = Family.parse(name);
            if (family.isEmpty()) {
                problems.add("key '" + name + "': unknown family, expected credit or civilization");
                return;
            }
            for (int i = 0; i < patterns.size(); i++) {
                String entry = patterns.get(i) == null ? "" : patterns.get(i).trim();
                int slash = entry.indexOf('/');
                try {
                    HostPattern host = HostPattern.parse(slash < 0 ? entry : entry.substring(0, slash));
                    rules.add(new Rule(host, slash < 0 ? "" : entry.substring(slash), family.get()));
                } catch (IllegalArgumentException e) {
                    problems.add("key '" + name + "[" + i + "]': " + e.getMessage());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw Errors.usage("Family map " + source + " is invalid: " + String.join("; ", problems),
                    "Each family lists host patterns such as www.example.cn, *.example.cn or host/path-prefix");
        }
        return new FamilyMap(rules);
    }

    Optional<Family> familyOf(String url) {
        String host = Urls.host(url);
        String path = Urls.path(url);
        return rules.stream()
                .filter(r -> r.host().matches(host) && path.startsWith(r.pathPrefix()))
                .max(Comparator.comparingInt((Rule r) -> r.host().isExact() ? 1 : 0)
                        .thenComparingInt(r -> r.pathPrefix().length())
                        .thenComparingInt(r -> r.host().specificity()))
                .map(Rule::family);
    }
}
