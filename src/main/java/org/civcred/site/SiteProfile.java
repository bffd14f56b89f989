package org.civcred.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Family;
import org.civcred.site.extract.Urls;
import org.civcred.site.spec.PageTypeSpec;
import org.civcred.site.spec.ProfileSpec;
import org.civcred.site.spec.SeedSpec;
import org.jsoup.nodes.Document;

/**
 * One site as the crawler and the jobs see it: hosts, seeds, scope, pacing, defence endpoints and
 * the page types that extract its pages. Built by {@link SiteRegistry} from a validated
 * {@code crawler/sites/<id>.yaml}; immutable and safe to share between threads.
 */
public final class SiteProfile {

    private final ProfileSpec spec;
    private final Family family;
    private final List<HostPattern> hosts;
    private final List<CrawlRequest> seeds;
    private final List<Pattern> allow;
    private final List<Pattern> deny;
    private final List<Pattern> defenceEndpoints;
    private final List<Pattern> pageTypeUrls;
    private final FamilyMap families;

    /** The spec must have passed {@link ProfileValidator}. */
    SiteProfile(ProfileSpec spec, FamilyMap families) {
        this.spec = spec;
        this.family = Family.parse(spec.family()).orElseThrow();
        this.hosts = spec.hosts().stream().map(HostPattern::parse).toList();
        this.seeds = spec.seeds().stream().map(SiteProfile::request).toList();
        this.allow = compile(spec.scope().allow());
        this.deny = compile(spec.scope().deny());
        this.defenceEndpoints = compile(spec.defenceEndpoints());
        this.pageTypeUrls = compile(spec.pageTypes().stream().map(PageTypeSpec::url).toList());
        this.families = families;
    }

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    /** The family the profile declares; per-URL families come from the host map. */
    public Family family() {
        return family;
    }

    /** Host names and patterns as written in the profile. */
    public List<String> hosts() {
        return spec.hosts();
    }

    public List<CrawlRequest> seeds() {
        return seeds;
    }

    /** The profile's per-host delay, if it sets one. */
    public Optional<Duration> delay() {
        return Optional.ofNullable(spec.politeness().delay()).flatMap(Durations::parse);
    }

    public int maxDepth() {
        return spec.maxDepth();
    }

    /** Whether the host is one of the profile's hosts or matches one of its patterns. */
    public boolean coversHost(String host) {
        return hosts.stream().anyMatch(h -> h.matches(host));
    }

    /** How specifically the profile claims this host (0 when it does not). */
    int hostSpecificity(String host) {
        return hosts.stream().filter(h -> h.matches(host)).mapToInt(HostPattern::specificity).max().orElse(0);
    }

    /** On one of the profile's hosts, matching an allow pattern (if any) and no deny pattern. */
    public boolean inScope(CrawlRequest request) {
        String url = request.url();
        if (!coversHost(Urls.host(url))) {
            return false;
        }
        boolean allowed = allow.isEmpty() || allow.stream().anyMatch(p -> p.matcher(url).find());
        return allowed && deny.stream().noneMatch(p -> p.matcher(url).find());
    }

    /** Whether the URL is one of the profile's anti-bot endpoints (captcha image, verify API). */
    public boolean isDefenceEndpoint(String url) {
        return defenceEndpoints.stream().anyMatch(p -> p.matcher(url).find());
    }

    /** The page type names, in matching order. */
    public List<String> pageTypes() {
        return spec.pageTypes().stream().map(PageTypeSpec::name).toList();
    }

    /** Extracts a page with the first page type whose URL pattern matches. Never throws. */
    public Extraction extract(Page page) {
        return extract(page, null);
    }

    /** As {@link #extract(Page)}, reading {@code parsed} (the page's HTML, already parsed) when not null. */
    public Extraction extract(Page page, Document parsed) {
        String familyId = families.familyOf(page.url()).map(Family::id).orElse("");
        for (int i = 0; i < pageTypeUrls.size(); i++) {
            if (pageTypeUrls.get(i).matcher(page.url()).find()) {
                return Extracting.run(id(), spec.pageTypes().get(i), page, parsed, familyId);
            }
        }
        return Extracting.unmatched(id(), page, familyId);
    }

    private static CrawlRequest request(SeedSpec seed) {
        return new CrawlRequest(seed.method(), seed.url(), seed.form());
    }

    private static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    @Override
    public String toString() {
        return "SiteProfile[" + id() + "]";
    }
}
