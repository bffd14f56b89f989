package org.civcred.site.spec;

/**
 * Links read from elements of a page.
 *
 * @param selector CSS selector of the link elements
 * @param kind     {@code navigation}, {@code detail}, {@code pagination} or {@code api}
 * @param attr     attribute holding the URL, {@code href} by default
 * @param match    optional regex the absolute URL must contain a match of
 */
public record LinkSpec(String selector, String kind, String attr, String match) {

    public LinkSpec {
        attr = attr == null ? "href" : attr;
        kind = kind == null ? "navigation" : kind;
    }
}
