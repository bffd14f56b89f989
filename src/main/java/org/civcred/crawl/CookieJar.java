package org.civcred.crawl;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civcred.config.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cookies from a Netscape {@code cookies.txt} file (as exported by browsers and curl), sent as a
 * {@code Cookie} header to matching requests. Values are never archived: {@link #redact}
 * turns the header into the form written to the WARC request record.
 *
 * <p>Cookies set by anti-bot defences ({@code __jsl_clearance}, {@code __jsluid}) are refused
 * even when the file holds them: civcred never presents a solved challenge.
 */
final class CookieJar {

    /** One line of the file: domain, subdomains flag, path, secure, expiry (0 = session), name, value. */
    record Cookie(String domain, boolean includeSubdomains, String path, boolean secure, long expiresEpochSecond,
                  String name, String value) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CookieJar.class);
    private static final String HTTP_ONLY = "#HttpOnly_";
    private static final Pattern SOLVER_COOKIE = Pattern.compile("(?i)__jsl_clearance.*|__jsluid.*");

    private final List<Cookie> cookies;

    CookieJar(List<Cookie> cookies) {
        this.cookies = List.copyOf(cookies);
    }

    static CookieJar empty() {
        return new CookieJar(List.of());
    }

    /** Reads the file; malformed lines are skipped with a warning naming the line. */
    static CookieJar load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.io("Cannot read the cookie file " + file, e);
        }
        return new CookieJar(parse(lines, file.toString()));
    }

    static List<Cookie> parse(List<String> lines, String source) {
        List<Cookie> cookies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(HTTP_ONLY)) {
                line = line.substring(HTTP_ONLY.length());
            } else if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                LOG.warn("{} line {}: expected 7 tab-separated fields, found {}; skipped", source, i + 1, f.length);
                continue;
            }
            if (SOLVER_COOKIE.matcher(f[5]).matches()) {
                LOG.warn("{} line {}: cookie {} answers an anti-bot challenge; never sent", source, i + 1, f[5]);
                continue;
            }
            try {
                String domain = f[0].toLowerCase(Locale.ROOT);
                boolean sub = f[1].equalsIgnoreCase("TRUE") || domain.startsWith(".");
                cookies.add(new Cookie(domain.startsWith(".") ? domain.substring(1) : domain, sub,
                        f[2].isEmpty() ? "/" : f[2], f[3].equalsIgnoreCase("TRUE"), Long.parseLong(f[4].trim()), f[5], f[6]));
            } catch (NumberFormatException e) {
                LOG.warn("{} line {}: expiry '{}' is not a number; skipped", source, i + 1, f[4]);
            }
        }
        return cookies;
    }

    /** The {@code Cookie} header value for a request to {@code url} at {@code now}, if any cookie matches. */
    Optional<String> headerFor(String url, Instant now) {
        Optional<URL> parsed = Urls.parse(url);
        if (parsed.isEmpty() || cookies.isEmpty()) {
            return Optional.empty();
        }
        URL u = parsed.get();
        String host = u.getHost().toLowerCase(Locale.ROOT);
        String path = u.getPath().isEmpty() ? "/" : u.getPath();
        boolean https = u.getProtocol().equalsIgnoreCase("https");
        String header = cookies.stream()
                .filter(c -> c.expiresEpochSecond() == 0 || c.expiresEpochSecond() > now.getEpochSecond())
                .filter(c -> !c.secure() || https)
                .filter(c -> domainMatches(c, host) && pathMatches(c.path(), path))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    /** {@code a=1; b=2} → {@code a=(redacted); b=(redacted)}: names stay, values never reach the archive. */
    static String redact(String cookieHeader) {
        return java.util.Arrays.stream(cookieHeader.split(";"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> (p.contains("=") ? p.substring(0, p.indexOf('=')) : p) + "=(redacted)")
                .collect(Collectors.joining("; "));
    }

    int size() {
        return cookies.size();
    }

    private static boolean domainMatches(Cookie c, String host) {
        return host.equals(c.domain()) || (c.includeSubdomains() && host.endsWith("." + c.domain()));
    }

    /** RFC 6265 path-match: equal, or a prefix ending at a slash. */
    private static boolean pathMatches(String cookiePath, String path) {
        if (path.equals(cookiePath)) {
            return true;
        }
        return path.startsWith(cookiePath) && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/');
    }
}
