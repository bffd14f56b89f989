package org.civcred.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civcred.config.Errors;
import org.civcred.model.Family;
import org.civcred.site.extract.Urls;
import org.civcred.site.spec.ProfileSpec;
import org.civcred.site.spec.SpecReader;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every site profile plus the host → family map, loaded and validated once. The crawler asks it
 * which profile owns a URL and whether a host is allowed; the jobs ask it to extract archived
 * pages. Immutable after loading; safe to share between threads.
 *
 * <p>Where profiles come from ({@link #loadDefault()}): {@code $CIVCRED_HOME/crawler} when that
 * variable is set, else {@code ./crawler} when it exists, else the copy packed in the jar.
 */
public final class SiteRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRegistry.class);

    private final String origin;
    private final List<SiteProfile> profiles;
    private final FamilyMap families;

    private SiteRegistry(String origin, List<SiteProfile> profiles, FamilyMap families) {
        this.origin = origin;
        this.profiles = List.copyOf(profiles);
        this.families = families;
    }

    public static SiteRegistry loadDefault() {
        String home = System.getenv("CIVCRED_HOME");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "crawler"))) {
            return load(Path.of(home, "crawler"));
        }
        if (Files.isDirectory(Path.of("crawler", "sites"))) {
            return load(Path.of("crawler"));
        }
        return fromClasspath(SiteRegistry.class.getClassLoader());
    }

    public static SiteRegistry load(Path crawlerDir) {
        return build(ProfileSources.fromDirectory(crawlerDir));
    }

    /** The copy under {@code crawler/} on the given class path (a directory or a jar). */
    static SiteRegistry fromClasspath(ClassLoader loader) {
        return build(ProfileSources.fromClasspath(loader));
    }

    private static SiteRegistry build(ProfileSources.Sources sources) {
        SpecReader reader = new SpecReader();
        FamilyMap families = sources.families()
                .map(f -> FamilyMap.of(reader.readFamilies(f.bytes(), f.name()), f.name()))
                .orElseGet(FamilyMap::empty);
        List<SiteProfile> profiles = new ArrayList<>();
        Map<String, String> hostOwners = new HashMap<>();
        for (ProfileSources.Source source : sources.profiles()) {
            ProfileSpec spec = reader.readProfile(source.bytes(), source.name());
            List<String> problems = ProfileValidator.problems(spec, source.baseName());
            if (!problems.isEmpty()) {
                throw Errors.usage("Site profile " + source.name() + " is invalid: " + String.join("; ", problems),
                        "Fix the keys named; crawler/README.md describes every key");
            }
            for (String host : spec.hosts()) {
                String previous = hostOwners.putIfAbsent(host.trim().toLowerCase(java.util.Locale.ROOT), spec.id());
                if (previous != null) {
                    throw Errors.usage("Site profile " + source.name() + ", key 'hosts': " + host
                            + " is already covered by profile " + previous, "Give each host to one profile");
                }
            }
            profiles.add(new SiteProfile(spec, families));
        }
        if (profiles.isEmpty()) {
            throw Errors.usage("No site profiles found in " + sources.origin(), "Add crawler/sites/<id>.yaml files");
        }
        profiles.sort(Comparator.comparing(SiteProfile::id));
        LOG.info("Loaded {} site profiles from {}", profiles.size(), sources.origin());
        return new SiteRegistry(sources.origin(), profiles, families);
    }

    /** Where the profiles were read from (a directory, or a jar URL). */
    public String origin() {
        return origin;
    }

    /** Every profile, sorted by id. */
    public List<SiteProfile> profiles() {
        return profiles;
    }

    public Optional<SiteProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile owning the URL's host: an exact host entry beats a pattern, a longer pattern a shorter. */
    public Optional<SiteProfile> forUrl(String url) {
        String host = Urls.host(url);
        return profiles.stream()
                .filter(p -> p.coversHost(host))
                .max(Comparator.comparingInt(p -> p.hostSpecificity(host)));
    }

    /** The URL's family from {@code families.yaml}; empty for hosts (or paths) it does not cover. */
    public Optional<Family> familyOf(String url) {
        return families.familyOf(url);
    }

    /** Whether any profile covers the host (the crawl allowlist). */
    public boolean allowsHost(String host) {
        return profiles.stream().anyMatch(p -> p.coversHost(host));
    }

    /** Extracts with the owning profile, or with the generic TRS reading (site id {@code generic}). */
    public Extraction extract(Page page) {
        return extract(page, null);
    }

    /** As {@link #extract(Page)}, reading {@code parsed} (the page's HTML, already parsed) when not null. */
    public Extraction extract(Page page, Document parsed) {
        return forUrl(page.url()).map(p -> p.extract(page, parsed))
                .orElseGet(() -> Extracting.run("generic", Extracting.GENERIC, page, parsed,
                        familyOf(page.url()).map(Family::id).orElse("")));
    }
}
