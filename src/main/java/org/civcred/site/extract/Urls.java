package org.civcred.site.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/**
 * URL and form-body helpers. Query strings and form bodies are edited as text so that the order
 * and encoding of the other parameters stay exactly as the site wrote them (request identity and
 * the offline mirror depend on it).
 */
public final class Urls {

    private Urls() {
    }

    /**
     * Resolves {@code href} against {@code base} ({@code ./x}, {@code ../x}, {@code /x}, absolute).
     * Empty for blank, fragment-only, {@code javascript:}, {@code mailto:} and other non-http links;
     * the fragment is dropped.
     */
    @SuppressWarnings("deprecation") // java.net.URL(URL, String) resolves dot segments the way browsers do
    public static Optional<String> resolve(String base, String href) {
        String h = Texts.clean(href);
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        try {
            URL url = base == null || base.isEmpty() ? new URL(h) : new URL(new URL(base), h);
            String protocol = url.getProtocol().toLowerCase(Locale.ROOT);
            if (!protocol.equals("http") && !protocol.equals("https")) {
                return Optional.empty();
            }
            String s = url.toString();
            int hash = s.indexOf('#');
            return Optional.of(hash < 0 ? s : s.substring(0, hash));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    /** Lower-case host of a URL, or empty when it has none. */
    public static String host(String url) {
        try {
            String host = java.net.URI.create(url.trim()).getHost();
            if (host != null) {
                return host.toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the lenient parse below (unencoded characters in the path)
        }
        int start = url.indexOf("://");
        if (start < 0) {
            return "";
        }
        String rest = url.substring(start + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** Path of a URL (without query), or "/" when it has none. */
    public static String path(String url) {
        int start = url.indexOf("://");
        String rest = start < 0 ? url : url.substring(start + 3);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "/";
        }
        String p = rest.substring(slash);
        int cut = p.length();
        for (char c : new char[] {'?', '#'}) {
            int i = p.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return p.substring(0, cut);
    }

    /** The raw (still encoded) value of a query parameter, or empty. */
    public static Optional<String> queryParam(String url, String name) {
        int q = url.indexOf('?');
        return q < 0 ? Optional.empty() : pairValue(url.substring(q + 1), name);
    }

    /** The URL with one query parameter's value replaced in place (appended if absent). */
    public static String withQueryParam(String url, String name, String value) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url + "?" + name + "=" + value;
        }
        return url.substring(0, q + 1) + withPair(url.substring(q + 1), name, value);
    }

    /** The raw (still encoded) value of a form field, or empty. */
    public static Optional<String> formParam(String body, String name) {
        return pairValue(body, name);
    }

    /** The form body with one field's value replaced in place (appended if absent). */
    public static String withFormParam(String body, String name, String value) {
        return body.isEmpty() ? name + "=" + value : withPair(body, name, value);
    }

    private static Optional<String> pairValue(String pairs, String name) {
        for (String pair : pairs.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    private static String withPair(String pairs, String name, String value) {
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String pair : pairs.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!out.isEmpty()) {
                out.append('&');
            }
            if (key.equals(name) && !replaced) {
                out.append(name).append('=').append(value);
                replaced = true;
            } else {
                out.append(pair);
            }
        }
        if (!replaced) {
            out.append('&').append(name).append('=').append(value);
        }
        return out.toString();
    }
}
