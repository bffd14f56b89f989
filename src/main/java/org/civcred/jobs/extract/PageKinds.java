package org.civcred.jobs.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Which pages are read for body text. Every extracted page becomes a document; only pages that
 * carry prose get {@code body_text}:
 * <ul>
 *   <li><b>with body</b> — articles, stories, releases, details and anything else not listed below
 *       (including the generic reading of unknown hosts): the extractor's {@code body} field, or,
 *       when it has none (label/value detail tables, unmatched pages), the page's main text;</li>
 *   <li><b>title only</b> — lists and indexes (page types named {@code list}, {@code *-list},
 *       {@code *-index}, {@code edition}, {@code person-database}, {@code candidates},
 *       {@code activity}, {@code api}) and every JSON page. Their people and organisations go to
 *       {@code list_entries}; their text is navigation, which would only add noise to dedupe and
 *       term counts.</li>
 * </ul>
 */
public final class PageKinds {

    private static final Set<String> LISTINGS = Set.of("list", "edition", "person-database", "candidates",
            "activity", "api");

    private PageKinds() {
    }

    /** Whether pages of this type, JSON or not, carry body text. */
    public static boolean hasBody(String pageType, boolean json) {
        if (json) {
            return false;
        }
        if (pageType == null) {
            return true;
        }
        String t = pageType.toLowerCase(Locale.ROOT);
        return !(LISTINGS.contains(t) || t.endsWith("-list") || t.endsWith("-index") || t.startsWith("api-"));
    }
}
