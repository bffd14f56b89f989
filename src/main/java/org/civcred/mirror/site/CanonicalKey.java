package org.civcred.mirror.site;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The lookup key of a request inside the mirror: method, lower-case host, path, and the query
 * parameters (and for POST the form fields) decoded and sorted — so parameter order and
 * percent-encoding style do not matter, as the contract requires.
 */
public final class CanonicalKey {

    private CanonicalKey() {
    }

    public static String of(String method, String url, String body) {
        URI uri = URI.create(url.replace(" ", "%20"));
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : decode(uri.getRawPath());
        StringBuilder key = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ').append(host).append(path);
        String query = sorted(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        if (method.equalsIgnoreCase("POST")) {
            key.append(' ').append(sorted(body));
        }
        return key.toString();
    }

    public static String of(org.civcred.model.CrawlRequest request) {
        return of(request.method(), request.url(), request.formBody());
    }

    /** Host of an absolute URL, lower-case, without port. */
    public static String host(String url) {
        String h = URI.create(url.replace(" ", "%20")).getHost();
        return h == null ? "" : h.toLowerCase(Locale.ROOT);
    }

    private static String sorted(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.add(name + "=" + value);
        }
        Collections.sort(pairs);
        return String.join("&", pairs);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
