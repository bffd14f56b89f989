package org.civcred.site.extract;

import org.civcred.model.CrawlRequest;
import org.civcred.site.Fixtures;
import org.civcred.site.spec.PageTypeSpec;

/** Runs one extractor over inline HTML or JSON. */
final class Pages {

    static final PageTypeSpec NO_DECLARATIONS = new PageTypeSpec("t", ".*", null, null, null, null, null);

    private Pages() {
    }

    static PageContext html(String url, String html) {
        return new PageContext(Fixtures.html(url, html));
    }

    static PageContext json(String url, String json) {
        return new PageContext(Fixtures.json(url, json));
    }

    static PageContext post(String url, String form, String html) {
        return new PageContext(Fixtures.page(CrawlRequest.post(url, form), 200, "text/html; charset=UTF-8",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static org.civcred.site.Extraction run(Extractor extractor, PageContext page) {
        ExtractionBuilder out = new ExtractionBuilder();
        extractor.extract(page, NO_DECLARATIONS, out);
        return out.build("test", "t", "");
    }
}
