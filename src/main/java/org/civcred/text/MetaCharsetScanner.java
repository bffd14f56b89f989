package org.civcred.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML page declares in a {@code <meta>} tag near its start.
 *
 * <p>Only the first {@link #SCAN_BYTES} bytes are examined, read as ISO-8859-1 so that every byte
 * maps to one char whatever the real encoding is: the markup of a declaration is ASCII in every
 * charset a web page can legally be in. Comments are skipped so a commented-out meta does not count.
 */
final class MetaCharsetScanner {

    static final int SCAN_BYTES = 4096;

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern META_TAG = Pattern.compile("<meta\\b([^>]*)>?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");
    private static final Pattern CHARSET_IN_CONTENT = Pattern.compile(
            "charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

    private MetaCharsetScanner() {
    }

    /** The raw charset name of the first meta declaration, or empty. */
    static Optional<String> declaredCharset(byte[] body) {
        int length = Math.min(body.length, SCAN_BYTES);
        String head = new String(body, 0, length, StandardCharsets.ISO_8859_1);
        head = COMMENT.matcher(head).replaceAll(" ");
        Matcher meta = META_TAG.matcher(head);
        while (meta.find()) {
            Optional<String> found = charsetOf(meta.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> charsetOf(String attributes) {
        String charset = null;
        String content = null;
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(attribute.group(2));
            if (name.equals("charset") && charset == null) {
                charset = value;
            } else if (name.equals("content") && content == null) {
                content = value;
            }
        }
        if (charset != null && !charset.isBlank()) {
            return Optional.of(charset.strip());
        }
        if (content != null) {
            Matcher inContent = CHARSET_IN_CONTENT.matcher(content);
            if (inContent.find()) {
                return Optional.of(inContent.group(1));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
