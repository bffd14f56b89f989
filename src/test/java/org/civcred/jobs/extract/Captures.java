package org.civcred.jobs.extract;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.Predicate;
import org.civcred.jobs.ingest.ProfileRegistry;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.site.Extraction;

/** Archived pages for the extract tests: mirror pages, or any bytes, as {@link CaptureInput}s. */
final class Captures {

    static final Timestamp FETCHED = Timestamp.valueOf("2024-03-01 08:00:00");

    private Captures() {
    }

    private static final class Mirror {
        static final List<MirrorResource> RESOURCES = MirrorSnapshot.standard().resources();
    }

    /** The first mirror page whose URL matches. */
    static MirrorResource mirrorPage(Predicate<String> url) {
        return Mirror.RESOURCES.stream().filter(r -> url.test(r.url())).findFirst()
                .orElseThrow(() -> new AssertionError("no mirror page matches"));
    }

    /** A mirror page archived by civcred: family and site as the crawler recorded them. */
    static CaptureInput of(MirrorResource r, String family) {
        return of(r.url(), family, r.contentType(), r.body());
    }

    /** Any page; {@code family} null stands for a host the host map does not cover. */
    static CaptureInput of(String url, String family, String contentType, byte[] body) {
        String site = ProfileRegistry.get().forUrl(url).map(p -> p.id()).orElse(null);
        return new CaptureInput("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes()), url,
                org.civcred.site.extract.Urls.host(url), site, family, FETCHED, 200, contentType, body,
                "sha1:" + Integer.toHexString(java.util.Arrays.hashCode(body)), "GET", "", "file:/warcs/a.warc.gz", 4096L);
    }

    static Extraction extract(CaptureInput capture) {
        return ProfileRegistry.get().extract(capture.page());
    }
}
