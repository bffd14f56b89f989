package org.civcred.site;

import java.util.Objects;
import org.civcred.model.CrawlRequest;

/**
 * A fetched (or archived) page handed to an extractor: the request, the status and the raw
 * bytes with the charset decision already made, so the crawler and the Spark jobs decode alike.
 *
 * @param request     the request that produced it (its URL is the base for relative links)
 * @param status      HTTP status
 * @param contentType the Content-Type header value, possibly null
 * @param body        raw payload bytes
 * @param charset     the charset chosen by {@link org.civcred.text.CharsetSniffer}
 */
public record Page(CrawlRequest request, int status, String contentType, byte[] body,
                   java.nio.charset.Charset charset) {

    public Page {
        Objects.requireNonNull(request, "request");
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(charset, "charset");
    }

    /** Builds a page, choosing the charset from BOM, header, meta and detection. */
    public static Page of(CrawlRequest request, int status, String contentType, byte[] body) {
        return new Page(request, status, contentType, body,
                org.civcred.text.CharsetSniffer.sniff(body, contentType).charset());
    }

    public String url() {
        return request.url();
    }

    /** The body decoded with the chosen charset (malformed bytes become U+FFFD). */
    public String text() {
        return new String(body, charset);
    }

    /** Whether the Content-Type or the first bytes say JSON. */
    public boolean isJson() {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }
}
