package org.civcred.site.extract;

import org.civcred.site.spec.PageTypeSpec;

/**
 * Site-specific parsing that a declarative profile cannot express, registered under a fixed name
 * in {@link Extractors}. An extractor reads one page and adds fields, records, links and warnings
 * to the builder. It must not throw on odd input: what it cannot parse becomes a warning.
 */
@FunctionalInterface
public interface Extractor {

    /**
     * @param page the page with lazily parsed HTML or JSON
     * @param type the matched page type, for extractors that honour its declarations
     * @param out  collects the results
     */
    void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out);
}
