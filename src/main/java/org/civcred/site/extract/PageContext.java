package org.civcred.site.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.site.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One page as extractors see it: the request, and the body parsed on first use as HTML (with the
 * page URL as base, so relative links resolve) or as JSON. Not thread-safe; one per extraction.
 */
public final class PageContext {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Page page;
    private Document document;
    private Optional<JsonNode> json;

    public PageContext(Page page) {
        this(page, null);
    }

    /** A context over a document the caller already parsed from this page (null: parse on first use). */
    public PageContext(Page page, Document parsed) {
        this.page = page;
        this.document = parsed;
    }

    public Page page() {
        return page;
    }

    public CrawlRequest request() {
        return page.request();
    }

    public String url() {
        return page.url();
    }

    /** The body parsed as HTML; a JSON body parses to a near-empty document. */
    public Document document() {
        if (document == null) {
            document = Jsoup.parse(page.text(), page.url());
        }
        return document;
    }

    /** The body parsed as JSON, or empty when it is not JSON. */
    public Optional<JsonNode> json() {
        if (json == null) {
            try {
                json = Optional.ofNullable(JSON.readTree(page.text()));
            } catch (IOException e) {
                json = Optional.empty();
            }
        }
        return json;
    }
}
