package org.civcred.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fetchable thing: a GET of a URL, or a form POST (Credit Tianjin's list pages are POSTs).
 *
 * <p>{@link #key()} identifies the request in the frontier, the WARC metadata and the mirror's
 * ground truth. Form fields are sorted in the key so that the same form written in another
 * order is the same request; the body sent on the wire keeps the order given.
 *
 * @param method   {@code GET} or {@code POST}
 * @param url      absolute http(s) URL
 * @param formBody {@code application/x-www-form-urlencoded} body for POST, empty for GET
 */
public record CrawlRequest(String method, String url, String formBody) {

    public CrawlRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        method = method.toUpperCase(java.util.Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("Only GET and POST are crawled, not " + method + " (" + url + ")");
        }
        formBody = formBody == null ? "" : formBody;
        if (method.equals("GET") && !formBody.isEmpty()) {
            throw new IllegalArgumentException("A GET has no form body: " + url);
        }
    }

    public static CrawlRequest get(String url) {
        return new CrawlRequest("GET", url, "");
    }

    public static CrawlRequest post(String url, String formBody) {
        return new CrawlRequest("POST", url, formBody);
    }

    public boolean isPost() {
        return method.equals("POST");
    }

    /** Stable identity: {@code GET url} or {@code POST url a=1&b=2} with form fields sorted. */
    public String key() {
        if (!isPost()) {
            return "GET " + url;
        }
        return "POST " + url + " " + sortedForm(formBody);
    }

    /** The form fields as name/value pairs, decoded, in body order. */
    public List<String[]> formFields() {
        List<String[]> fields = new ArrayList<>();
        if (formBody.isEmpty()) {
            return fields;
        }
        for (String pair : formBody.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.add(new String[] {
                URLDecoder.decode(name, StandardCharsets.UTF_8),
                URLDecoder.decode(value, StandardCharsets.UTF_8)});
        }
        return fields;
    }

    private static String sortedForm(String body) {
        if (body.isEmpty()) {
            return "";
        }
        String[] pairs = body.split("&");
        java.util.Arrays.sort(pairs);
        return String.join("&", pairs);
    }

    @Override
    public String toString() {
        return key();
    }
}
