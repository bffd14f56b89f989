package org.civcred.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Family;
import org.civcred.model.LinkKind;
import org.civcred.site.extract.Extractors;
import org.civcred.site.extract.Urls;
import org.civcred.site.spec.FieldSpec;
import org.civcred.site.spec.LinkSpec;
import org.civcred.site.spec.PageTypeSpec;
import org.civcred.site.spec.ProfileSpec;
import org.civcred.site.spec.RecordSpec;
import org.civcred.site.spec.SeedSpec;
import org.jsoup.nodes.Element;

/**
 * The semantic checks a profile must pass before use, each problem phrased as
 * {@code key 'page-types[1].url': …} so that the error names the key to fix: required keys,
 * host patterns, seeds on the profile's hosts, regexes, CSS selectors, link kinds, durations,
 * and extractor/paginator names from the fixed registry.
 */
final class ProfileValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<String> problems = new ArrayList<>();

    private ProfileValidator() {
    }

    /** All problems found in one profile; empty when it is valid. */
    static List<String> problems(ProfileSpec spec, String expectedId) {
        ProfileValidator v = new ProfileValidator();
        v.check(spec, expectedId);
        return v.problems;
    }

    private void check(ProfileSpec spec, String expectedId) {
        if (spec.id() == null || !ID.matcher(spec.id()).matches()) {
            problem("id", "missing or not lower-case letters, digits and dashes");
        } else if (expectedId != null && !spec.id().equals(expectedId)) {
            problem("id", "'" + spec.id() + "' differs from the file name '" + expectedId + ".yaml'");
        }
        if (spec.name() == null || spec.name().isBlank()) {
            problem("name", "missing");
        }
        if (Family.parse(spec.family()).isEmpty()) {
            problem("family", "'" + spec.family() + "' is not credit or civilization");
        }
        List<HostPattern> hosts = hosts(spec.hosts());
        seeds(spec.seeds(), hosts);
        spec.scope().allow().forEach(r -> regex("scope.allow", r));
        spec.scope().deny().forEach(r -> regex("scope.deny", r));
        spec.defenceEndpoints().forEach(r -> regex("defence-endpoints", r));
        if (spec.politeness().delay() != null && Durations.parse(spec.politeness().delay()).isEmpty()) {
            problem("politeness.delay", "'" + spec.politeness().delay() + "' is not a duration such as 3s or 60s");
        }
        if (spec.maxDepth() == null || spec.maxDepth() < 1) {
            problem("max-depth", "missing or below 1");
        }
        if (spec.pageTypes().isEmpty()) {
            problem("page-types", "missing: a profile needs at least one page type");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.pageTypes().size(); i++) {
            PageTypeSpec type = spec.pageTypes().get(i);
            String at = "page-types[" + i + "]";
            if (type.name() == null || type.name().isBlank() || !names.add(type.name())) {
                problem(at + ".name", "missing or repeated");
            }
            pageType(at, type);
        }
    }

    private List<HostPattern> hosts(List<String> hosts) {
        if (hosts.isEmpty()) {
            problem("hosts", "missing: list the host names (or *.patterns) this profile covers");
        }
        List<HostPattern> parsed = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            try {
                parsed.add(HostPattern.parse(hosts.get(i)));
            } catch (IllegalArgumentException e) {
                problem("hosts[" + i + "]", e.getMessage());
            }
        }
        return parsed;
    }

    private void seeds(List<SeedSpec> seeds, List<HostPattern> hosts) {
        if (seeds.isEmpty()) {
            problem("seeds", "missing: a profile needs at least one seed URL");
        }
        for (int i = 0; i < seeds.size(); i++) {
            SeedSpec seed = seeds.get(i);
            String at = "seeds[" + i + "]";
            if (seed.url() == null || Urls.resolve(null, seed.url()).isEmpty()) {
                problem(at + ".url", "'" + seed.url() + "' is not an absolute http(s) URL");
                continue;
            }
            try {
                new CrawlRequest(seed.method(), seed.url(), seed.form());
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
            }
            String host = Urls.host(seed.url());
            if (hosts.stream().noneMatch(h -> h.matches(host))) {
                problem(at + ".url", "host " + host + " is not among this profile's hosts");
            }
        }
    }

    private void pageType(String at, PageTypeSpec type) {
        regex(at + ".url", type.url());
        if (Extractors.extractor(type.extractor()).isEmpty()) {
            problem(at + ".extractor", "unknown extractor '" + type.extractor() + "'; registered: "
                    + Extractors.extractorNames());
        }
        if (type.paginator() != null && Extractors.paginator(type.paginator()).isEmpty()) {
            problem(at + ".paginator", "unknown paginator '" + type.paginator() + "'; registered: "
                    + Extractors.paginatorNames());
        }
        fields(at + ".fields", type.fields());
        for (int r = 0; r < type.records().size(); r++) {
            RecordSpec rec = type.records().get(r);
            String rat = at + ".records[" + r + "]";
            css(rat + ".rows", rec.rows(), true);
            fields(rat + ".fields", rec.fields());
            rec.require().stream().filter(k -> !rec.fields().containsKey(k))
                    .forEach(k -> problem(rat + ".require", "'" + k + "' is not one of the record's fields"));
        }
        for (int l = 0; l < type.links().size(); l++) {
            LinkSpec link = type.links().get(l);
            String lat = at + ".links[" + l + "]";
            css(lat + ".selector", link.selector(), true);
            if (!kindKnown(link.kind())) {
                problem(lat + ".kind", "unknown link kind '" + link.kind() + "'; use navigation, detail, pagination or api");
            }
            if (link.match() != null) {
                regex(lat + ".match", link.match());
            }
        }
    }

    private void fields(String at, Map<String, FieldSpec> fields) {
        fields.forEach((key, spec) -> {
            String fat = at + "." + key;
            if (spec == null) {
                problem(fat, "empty");
                return;
            }
            css(fat + ".selector", spec.selector(), false);
            css(fat + ".within", spec.within(), false);
            if (spec.regex() != null) {
                regex(fat + ".regex", spec.regex());
            }
        });
    }

    private static boolean kindKnown(String kind) {
        for (LinkKind k : LinkKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return true;
            }
        }
        return false;
    }

    private void css(String key, String selector, boolean required) {
        if (selector == null) {
            if (required) {
                problem(key, "missing CSS selector");
            }
            return;
        }
        try {
            new Element("div").select(selector);
        } catch (RuntimeException e) {
            problem(key, "bad CSS selector '" + selector + "': " + e.getMessage());
        }
    }

    private void regex(String key, String regex) {
        if (regex == null || regex.isEmpty()) {
            problem(key, "empty regex");
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problem(key, "bad regex '" + regex + "': " + e.getDescription().toLowerCase(Locale.ROOT)
                    + " near index " + e.getIndex());
        }
    }

    private void problem(String key, String what) {
        problems.add("key '" + key + "': " + what);
    }
}
