package org.civcred.mirror.fault;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endless list: in a trapped list directory the last real page announces one page more than
 * there is, and every page past the end is invented, a copy of the last real page whose pager
 * (the TRS {@code countPage}/{@code currentPage} script) always promises a next one. Only the
 * crawler's pagination cap ends it.
 */
final class PaginationTrap {

    /** {@code …/index.shtml} or {@code …/index_7.shtml}: directory, prefix, page, extension. */
    private static final Pattern LIST_URL = Pattern.compile("^(https?://[^?#]*/)([A-Za-z]\\w*?)(?:_(\\d+))?\\.(s?html?)$");
    private static final Pattern COUNT = Pattern.compile("countPage\\s*=\\s*(\\d+)");
    private static final Pattern CURRENT = Pattern.compile("currentPage\\s*=\\s*(\\d+)");

    /** One parsed list URL. */
    record ListUrl(String directory, String prefix, int page, String ext) { }

    /** Directory → the last real page's body (ISO-8859-1 text, so bytes survive), seen once served. */
    private final Map<String, String> lastPages = new ConcurrentHashMap<>();

    static Optional<ListUrl> parse(String url) {
        Matcher m = LIST_URL.matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ListUrl(m.group(1), m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4)));
    }

    /**
     * A real page of a trapped list: the last one is rewritten to promise one more page (and
     * remembered as the template of the invented ones); others pass unchanged. Empty if not a TRS list.
     */
    Optional<byte[]> extend(ListUrl url, byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Matcher count = COUNT.matcher(text);
        Matcher current = CURRENT.matcher(text);
        if (!count.find() || !current.find()) {
            return Optional.empty();
        }
        int pages = Integer.parseInt(count.group(1));
        int at = Integer.parseInt(current.group(1));
        if (at != pages - 1) {
            return Optional.of(body);
        }
        lastPages.putIfAbsent(url.directory() + url.prefix(), text);
        return Optional.of(pager(text, pages + 1, at));
    }

    /** A page past the end of a trapped list, or empty when its list's last page was never served. */
    Optional<byte[]> invent(ListUrl url) {
        String template = lastPages.get(url.directory() + url.prefix());
        if (template == null) {
            return Optional.empty();
        }
        return Optional.of(pager(template, url.page() + 2, url.page()));
    }

    private static byte[] pager(String text, int count, int current) {
        String out = COUNT.matcher(text).replaceFirst("countPage = " + count);
        out = CURRENT.matcher(out).replaceFirst("currentPage = " + current);
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }
}
