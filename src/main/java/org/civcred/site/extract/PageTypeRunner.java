package org.civcred.site.extract;

import org.civcred.site.spec.PageTypeSpec;

/**
 * Runs one page type over a page: the named extractor, then the declared selectors (for any
 * extractor other than {@code selectors} itself), then the paginator. Extractor names are
 * validated when profiles load, so an unknown name here is a programming error.
 */
public final class PageTypeRunner {

    private static final SelectorsExtractor SELECTORS = new SelectorsExtractor();

    private PageTypeRunner() {
    }

    public static void run(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Extractor extractor = Extractors.extractor(type.extractor())
                .orElseThrow(() -> new IllegalStateException("Unregistered extractor " + type.extractor()));
        extractor.extract(page, type, out);
        if (!(extractor instanceof SelectorsExtractor)) {
            SELECTORS.extract(page, type, out);
        }
        if (type.paginator() != null) {
            Extractors.paginator(type.paginator())
                    .orElseThrow(() -> new IllegalStateException("Unregistered paginator " + type.paginator()))
                    .paginate(page, out);
        }
    }
}
