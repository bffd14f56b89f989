package org.civcred.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civcred.config.Errors;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Family;
import org.civcred.model.Link;
import org.civcred.site.Page;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The production {@link CrawlRules}: answers every question from the declarative site profiles. */
public final class ProfileCrawlRules implements CrawlRules {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCrawlRules.class);

    private final SiteRegistry registry;

    public ProfileCrawlRules(SiteRegistry registry) {
        this.registry = registry;
    }

    /** Rules over {@link SiteRegistry#loadDefault()}. */
    public static ProfileCrawlRules loadDefault() {
        return new ProfileCrawlRules(SiteRegistry.loadDefault());
    }

    /** The profiles behind these rules, for callers that also extract records (check-site, the jobs). */
    public SiteRegistry registry() {
        return registry;
    }

    /** Seeds in profile order; an unknown site id is a usage error listing the known ones. */
    @Override
    public List<Seed> seeds(List<String> siteIds) {
        List<SiteProfile> chosen = new ArrayList<>();
        if (siteIds.isEmpty()) {
            chosen.addAll(registry.profiles());
        }
        for (String id : siteIds) {
            chosen.add(registry.byId(id).orElseThrow(() -> Errors.usage("Unknown site '" + id + "'",
                    "Known sites: " + registry.profiles().stream().map(SiteProfile::id).toList())));
        }
        List<Seed> seeds = new ArrayList<>();
        for (SiteProfile profile : chosen) {
            profile.seeds().forEach(request -> seeds.add(new Seed(profile.id(), request)));
        }
        return seeds;
    }

    @Override
    public Optional<String> siteOf(String url) {
        return registry.forUrl(url).map(SiteProfile::id);
    }

    @Override
    public Optional<String> familyOf(String url) {
        return registry.familyOf(url).map(Family::id);
    }

    @Override
    public boolean hostAllowed(String host) {
        return registry.allowsHost(host);
    }

    @Override
    public boolean inScope(CrawlRequest request) {
        return registry.forUrl(request.url()).map(p -> p.inScope(request)).orElse(false);
    }

    /** A defence endpoint of any profile counts: they are never fetched, whoever links to them. */
    @Override
    public boolean isDefenceEndpoint(String url) {
        return registry.profiles().stream().anyMatch(p -> p.isDefenceEndpoint(url));
    }

    @Override
    public Optional<Duration> profileDelay(String host) {
        return registry.forUrl("http://" + host + "/").flatMap(SiteProfile::delay);
    }

    @Override
    public java.util.OptionalInt maxDepth(String url) {
        return registry.forUrl(url).map(p -> java.util.OptionalInt.of(p.maxDepth())).orElse(java.util.OptionalInt.empty());
    }

    @Override
    public List<Link> links(Page page) {
        try {
            return registry.extract(page).links();
        } catch (RuntimeException e) {
            LOG.debug("No links from {}: {}", page.url(), e.toString());
            return List.of();
        }
    }
}
