package org.civcred.site.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.civcred.site.Extraction;
import org.civcred.text.IdNumbers;

/**
 * Collects what extractors find on one page. Values are trimmed and blank values dropped, so every
 * extractor emits the same shape; links are de-duplicated by request key (first kind wins). Whole
 * identity numbers and mobile numbers in any value are masked here, the first point where page
 * content becomes data, so no table built from an extraction can carry one.
 */
public final class ExtractionBuilder {

    private final Map<String, Link> links = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Map<String, String>> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public void link(CrawlRequest request, LinkKind kind) {
        links.putIfAbsent(request.key(), Link.of(request, kind));
    }

    public void page(CrawlRequest request, int pageNumber) {
        links.putIfAbsent(request.key(), Link.page(request, pageNumber));
    }

    /** Sets a page field; a blank value leaves any earlier value in place. */
    public void field(String key, String value) {
        String clean = Texts.clean(value);
        if (!clean.isEmpty()) {
            fields.put(key, IdNumbers.redact(clean));
        }
    }

    public boolean hasField(String key) {
        return fields.containsKey(key);
    }

    /** A page field set so far. */
    public java.util.Optional<String> value(String key) {
        return java.util.Optional.ofNullable(fields.get(key));
    }

    /** Adds a record of the non-blank values; a record left empty is dropped. */
    public void record(Map<String, String> values) {
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            String c = Texts.clean(v);
            if (!c.isEmpty()) {
                clean.put(k, k.equals("id_masked") ? IdMasks.mask(c) : IdNumbers.redact(c));
            }
        });
        if (!clean.isEmpty()) {
            records.add(clean);
        }
    }

    public int recordCount() {
        return records.size();
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public Extraction build(String siteId, String pageType, String family) {
        return new Extraction(siteId, pageType, family, List.copyOf(links.values()), fields, records, warnings);
    }
}
