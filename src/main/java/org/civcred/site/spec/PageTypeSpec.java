package org.civcred.site.spec;

import java.util.List;
import java.util.Map;

/**
 * A kind of page within a site, chosen by the first {@code url} regex that finds a match in the
 * page URL. The named {@code extractor} runs first; the declared {@code fields}, {@code records}
 * and {@code links} are then applied to HTML pages by the declarative selector engine (a declared
 * field replaces the extractor's value when it finds one); the {@code paginator}, if named, adds
 * pagination links last. Extractor and paginator names come from a fixed registry in code.
 */
public record PageTypeSpec(String name, String url, String extractor, Map<String, FieldSpec> fields,
                           List<RecordSpec> records, List<LinkSpec> links, String paginator) {

    /** The extractor used when a page type names none. */
    public static final String DEFAULT_EXTRACTOR = "selectors";

    public PageTypeSpec {
        extractor = extractor == null ? DEFAULT_EXTRACTOR : extractor;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        records = records == null ? List.of() : List.copyOf(records);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
