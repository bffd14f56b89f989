package org.civcred.site.spec;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How to read one value from a page or a row. A bare string is a CSS selector whose first match's
 * text is the value.
 *
 * @param selector CSS selector (jsoup syntax), relative to the row for record fields
 * @param attr     {@code text} (default), {@code own-text}, or an attribute name; {@code href} and
 *                 {@code src} values are resolved to absolute URLs
 * @param regex    applied to the value; group 1 if the pattern has one, else the whole match;
 *                 no match gives no value
 * @param join     when set, every match is read and the values are joined with this separator
 * @param within   CSS selector of an ancestor: the selector is evaluated inside the nearest
 *                 ancestor matching it (e.g. a section heading for every row of the section)
 * @param value    a constant; when set, nothing is read from the page
 */
public record FieldSpec(String selector, String attr, String regex, String join, String within, String value) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public FieldSpec {
        attr = attr == null ? "text" : attr;
    }

    /** The short form: a CSS selector, first match's text. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FieldSpec of(String selector) {
        return new FieldSpec(selector, "text", null, null, null, null);
    }
}
