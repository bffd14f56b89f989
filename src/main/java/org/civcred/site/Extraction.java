package org.civcred.site;

import java.util.List;
import java.util.Map;
import org.civcred.model.Link;

/**
 * What a site profile extracts from one page: the links to follow and the content.
 *
 * <p>{@code fields} hold page-level values ({@code title}, {@code published}, {@code source},
 * {@code body}, {@code list_name}, …); {@code records} hold one map per row of a list, table or
 * JSON array (person or organisation entries with {@code name}, {@code region}, {@code category},
 * {@code list_kind}, {@code detail_url}, …). Keys are documented in {@code crawler/README.md}.
 *
 * @param siteId   profile id, or {@code generic} for the fallback extractor
 * @param pageType the profile's page type that matched (e.g. {@code article}, {@code honour-list})
 * @param family   {@code credit}, {@code civilization}, or empty when the host map has no rule
 * @param links    requests to consider for crawling (the crawler still applies scope and robots)
 * @param fields   page-level values
 * @param records  row-level values
 * @param warnings things that did not parse, for {@code check-site} and the jobs' quarantine
 */
public record Extraction(String siteId, String pageType, String family, List<Link> links,
                         Map<String, String> fields, List<Map<String, String>> records,
                         List<String> warnings) {

    public Extraction {
        links = List.copyOf(links);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
