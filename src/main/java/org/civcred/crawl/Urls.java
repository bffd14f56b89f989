package org.civcred.crawl;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;

/**
 * URL parsing shared by the crawl classes. Hosts are compared lower-case; an explicit non-default port is part of a
 * host's politeness identity, so two servers on one address are paced separately.
 */
final class Urls {

    private Urls() {
    }

    /** The parsed URL, or empty for anything java.net.URL cannot read (unknown schemes included). */
    static Optional<URL> parse(String url) {
        try {
            return Optional.of(new URL(url));
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Lower-case scheme, or empty when there is none. */
    static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        String s = url.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        return s.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '+' || ch == '-' || ch == '.') ? s : "";
    }

    /** Lower-case host name without port, or empty. */
    static String host(String url) {
        return parse(url).map(u -> u.getHost().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** {@code host} or {@code host:port} when the port is explicit and not the scheme's default. */
    static String hostKey(String url) {
        return parse(url).map(u -> {
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            return port == -1 || port == u.getDefaultPort() ? host : host + ":" + port;
        }).orElse("");
    }

    /** {@code host} or {@code host:port} exactly as the URL names it (how archived robots.txt is keyed). */
    static String authority(String url) {
        return parse(url).map(u -> u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() == -1 ? "" : ":" + u.getPort()))
                .orElse("");
    }

    /** The port the request goes to (explicit or the scheme's default). */
    static int port(String url) {
        return parse(url).map(u -> u.getPort() == -1 ? u.getDefaultPort() : u.getPort()).orElse(-1);
    }

    /** {@code scheme://authority/robots.txt} for a URL. */
    static String robotsUrl(String url) {
        URL u = parse(url).orElseThrow(() -> new IllegalArgumentException("Not a URL: " + url));
        String port = u.getPort() == -1 ? "" : ":" + u.getPort();
        return u.getProtocol().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + port + "/robots.txt";
    }

    /** Resolves {@code ref} (a Location header) against {@code base}; empty when either is unusable. */
    static Optional<String> resolve(String base, String ref) {
        try {
            return Optional.of(new URL(new URL(base), ref.trim()).toString());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
