package org.civcred.model;

/** Why an extractor proposes a link; the crawler applies different guards to each. */
public enum LinkKind {
    /** A column, index or other navigation page. */
    NAVIGATION,
    /** The next page of a paginated list; counted against the pagination trap limit. */
    PAGINATION,
    /** An article, profile or record detail page (usually a leaf). */
    DETAIL,
    /** A JSON API call. */
    API
}
