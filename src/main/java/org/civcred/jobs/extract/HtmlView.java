package org.civcred.jobs.extract;

import org.civcred.site.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page's HTML parsed once, on first use, for the readers that need the markup (content
 * classification, title and dateline fallbacks, the main text of pages without an article body).
 * JSON pages have no document.
 */
final class HtmlView {

    private final Page page;
    private Document document;

    HtmlView(Page page) {
        this.page = page;
    }

    /** A view over a document already parsed (within the extract limits). */
    HtmlView(Page page, Document parsed) {
        this.page = page;
        this.document = parsed;
    }

    boolean isHtml() {
        return !page.isJson();
    }

    /** The parsed document; an empty one for JSON pages. */
    Document document() {
        if (document == null) {
            document = isHtml() ? Jsoup.parse(page.text(), page.url()) : Document.createShell(page.url());
        }
        return document;
    }
}
