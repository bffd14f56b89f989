package org.civcred.crawl;

import java.util.Objects;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;

/**
 * One request the crawl has decided to make, as journaled on disk.
 *
 * @param depth      link depth from the seeds (pagination and redirects keep their parent's depth)
 * @param siteId     profile id, or {@code generic}
 * @param kind       why it was found
 * @param pageNumber for pagination links, the page it leads to; else 0
 * @param request    method, URL and form body
 */
record FrontierEntry(int depth, String siteId, LinkKind kind, int pageNumber, CrawlRequest request) {

    FrontierEntry {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
    }

    String key() {
        return request.key();
    }

    String url() {
        return request.url();
    }

    /** The politeness identity of the target host. */
    String hostKey() {
        return Urls.hostKey(request.url());
    }
}
