package org.civcred.model;

import java.util.Objects;

/**
 * A request an extractor found on a page.
 *
 * @param request    what to fetch
 * @param kind       navigation, pagination, detail or API
 * @param pageNumber for {@link LinkKind#PAGINATION}, the 1-based page number it leads to; else 0
 */
public record Link(CrawlRequest request, LinkKind kind, int pageNumber) {

    public Link {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(kind, "kind");
    }

    public static Link of(CrawlRequest request, LinkKind kind) {
        return new Link(request, kind, 0);
    }

    public static Link page(CrawlRequest request, int pageNumber) {
        return new Link(request, LinkKind.PAGINATION, pageNumber);
    }
}
