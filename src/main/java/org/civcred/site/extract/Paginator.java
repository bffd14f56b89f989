package org.civcred.site.extract;

/**
 * Finds the other pages of a paginated list and adds them as
 * {@link org.civcred.model.LinkKind#PAGINATION} links with 1-based page numbers. Registered under a
 * fixed name in {@link Extractors}.
 */
@FunctionalInterface
public interface Paginator {

    void paginate(PageContext page, ExtractionBuilder out);
}
