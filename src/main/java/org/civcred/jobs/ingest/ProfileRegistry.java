package org.civcred.jobs.ingest;

import java.util.Optional;
import org.civcred.model.Family;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;

/**
 * The site profiles, loaded once per JVM on first use (on the driver and on each executor) and
 * immutable afterwards, so Spark tasks never rebuild them per row.
 */
public final class ProfileRegistry {

    private ProfileRegistry() {
    }

    private static final class Holder {
        static final SiteRegistry REGISTRY = SiteRegistry.loadDefault();
    }

    /** The registry {@link SiteRegistry#loadDefault()} finds. */
    public static SiteRegistry get() {
        return Holder.REGISTRY;
    }

    /** Site and family lookups backed by a registry. */
    static CaptureAssembler.SiteLookup lookup(SiteRegistry registry) {
        return new CaptureAssembler.SiteLookup() {
            @Override
            public Optional<String> site(String url) {
                return registry.forUrl(url).map(SiteProfile::id);
            }

            @Override
            public Optional<String> family(String url) {
                return registry.familyOf(url).map(Family::id);
            }
        };
    }
}
