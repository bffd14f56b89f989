package org.civcred.dashboard;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /capture/{capture_id}}: the archived copy of a page, decoded from the charset the
 * captures table names and served as UTF-8 (an HTTP charset outranks the page's own meta tag).
 * The copy is sandboxed: its scripts do not run and it may load nothing but inline styles and
 * data: images, so viewing it never reaches the live site.
 */
final class CaptureRoute extends Route {

    static final String PREFIX = "/capture/";
    private static final String SANDBOX = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private final ArchivedPages pages;

    CaptureRoute(ArchivedPages pages) {
        this.pages = pages;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        String segment = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
        if (segment.isEmpty() || segment.contains("/")) {
            Responses.error(exchange, 404, "Give one capture id: /capture/urn:uuid:…");
            return;
        }
        Optional<ArchivedPages.ArchivedPage> page = pages.find(CaptureIds.fromPath(segment));
        if (page.isEmpty()) {
            Responses.error(exchange, 404, "No archived response with capture id " + segment
                    + " in the captures table. Gold rows name captures of the same data directory; "
                    + "rerun bin/civcred run all if the tables come from elsewhere.");
            return;
        }
        ArchivedPages.ArchivedPage p = page.get();
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", SANDBOX);
        headers.set("X-Civcred-Original-Url", p.url());
        headers.set("X-Civcred-Capture-Id", p.captureId());
        if (p.fetchTime() != null) {
            headers.set("X-Civcred-Fetch-Time", p.fetchTime());
        }
        String type = mediaType(p.contentType());
        if (isText(type)) {
            String text = new String(p.response().body(), charset(p.charset()));
            Responses.send(exchange, 200, type + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        } else {
            Responses.send(exchange, 200, type, p.response().body());
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/html";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    static boolean isText(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("xml")
                || mediaType.contains("javascript");
    }

    /** The named charset, or UTF-8 when the row names none or one this JVM lacks. */
    static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
