package org.civcred.site;

import java.util.List;
import org.civcred.site.extract.ExtractionBuilder;
import org.civcred.site.extract.PageContext;
import org.civcred.site.extract.PageTypeRunner;
import org.civcred.site.spec.LinkSpec;
import org.civcred.site.spec.PageTypeSpec;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a page type over a page and turns every failure into a warning: a page that is not a
 * 2xx answer is not extracted, and an extractor that throws costs that page, not the crawl.
 */
final class Extracting {

    private static final Logger LOG = LoggerFactory.getLogger(Extracting.class);

    /** What an unknown host gets: a TRS article reading, TRS-shaped article links, TRS pagination. */
    static final PageTypeSpec GENERIC = new PageTypeSpec("article", ".*", "trs-article", null, null,
            List.of(new LinkSpec("a[href]", "detail", "href", "/t\\d{8}_\\d+\\.s?html?$")), "trs-pagination");

    private Extracting() {
    }

    static Extraction run(String siteId, PageTypeSpec type, Page page, String family) {
        return run(siteId, type, page, null, family);
    }

    /** As above, reading {@code parsed} (the page's HTML parsed by the caller) when it is not null. */
    static Extraction run(String siteId, PageTypeSpec type, Page page, Document parsed, String family) {
        ExtractionBuilder out = new ExtractionBuilder();
        if (page.status() < 200 || page.status() > 299) {
            out.warn("HTTP " + page.status() + ": not extracted");
            return out.build(siteId, type.name(), family);
        }
        try {
            PageTypeRunner.run(new PageContext(page, parsed), type, out);
        } catch (RuntimeException e) {
            LOG.debug("Extractor {} failed on {}", type.extractor(), page.url(), e);
            out.warn("extractor " + type.extractor() + " failed: " + e);
        }
        return out.build(siteId, type.name(), family);
    }

    static Extraction unmatched(String siteId, Page page, String family) {
        ExtractionBuilder out = new ExtractionBuilder();
        out.warn("no page type of profile " + siteId + " matches " + page.url());
        return out.build(siteId, "unmatched", family);
    }
}
