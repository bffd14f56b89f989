package org.civcred.site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.model.CrawlRequest;

/** Builds pages for tests, choosing the charset the way a browser would: header, then meta. */
public final class Fixtures {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)");

    private Fixtures() {
    }

    public static Page html(String url, String html) {
        return page(CrawlRequest.get(url), 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static Page json(String url, String json) {
        return page(CrawlRequest.get(url), 200, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
    }

    public static Page page(CrawlRequest request, int status, String contentType, byte[] body) {
        return new Page(request, status, contentType, body, charsetOf(body, contentType));
    }

    /** Header charset, else the first meta charset in the first 2 KiB; GB2312/GBK widened to GB18030. */
    static Charset charsetOf(byte[] body, String contentType) {
        String declared = find(contentType == null ? "" : contentType);
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            declared = find(head);
        }
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        String name = declared.toUpperCase(Locale.ROOT);
        if (name.equals("GB2312") || name.equals("GBK")) {
            return Charset.forName("GB18030");
        }
        return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    }

    private static String find(String text) {
        Matcher m = CHARSET.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
