package org.civcred.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Link;
import org.civcred.site.Page;

/**
 * What the crawler needs to know about sites, and nothing more. The production implementation
 * reads the declarative profiles under {@code crawler/}; tests may supply their own.
 */
public interface CrawlRules {

    /** A seed and the site (profile id) it belongs to. */
    record Seed(String siteId, CrawlRequest request) {
    }

    /** Seeds of the given sites, or of every site when {@code siteIds} is empty. */
    List<Seed> seeds(List<String> siteIds);

    /** The profile id responsible for a URL's host, if any profile covers it. */
    Optional<String> siteOf(String url);

    /** {@code credit} or {@code civilization} from the host→family map, or empty. */
    Optional<String> familyOf(String url);

    /** Whether the host is on the allowlist (the union of every profile's hosts). */
    boolean hostAllowed(String host);

    /** Whether the profile's scope rules accept this request (allow/deny patterns). */
    boolean inScope(CrawlRequest request);

    /** Whether the URL is a known defence endpoint (captcha image, verify API) never to be fetched. */
    boolean isDefenceEndpoint(String url);

    /** The profile's politeness delay for a host, if it sets one. */
    Optional<Duration> profileDelay(String host);

    /** The profile's link-depth limit for a URL's host, if it sets one; the crawl-wide limit still applies. */
    default java.util.OptionalInt maxDepth(String url) {
        return java.util.OptionalInt.empty();
    }

    /** Links the profile extracts from a fetched page. Never throws; bad pages give no links. */
    List<Link> links(Page page);
}
