package org.civcred.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a charset name as sites really write it into a Java charset.
 *
 * <p>Names arrive quoted ({@code "utf-8"}, {@code 'gbk'}), with trailing {@code ;} or spaces, in
 * spellings Java does not know ({@code UTF_8}, {@code gb_2312-80}) or plainly wrong. Every member of
 * the GB2312/GBK family is widened to GB18030, its superset: pages declared gb2312 routinely contain
 * GBK-only characters in personal names (喆, 堃), which a strict GB2312 decoder would destroy.
 * Labels browsers treat as windows-1252 are mapped the same way (WHATWG Encoding Standard).
 */
final class CharsetNames {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Set<String> GB_FAMILY = Set.of(
            "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb-2312-80", "gb2312-80",
            "gb-2312", "csgb2312", "euc-cn", "x-euc-cn", "chinese", "iso-ir-58", "gb18030");
    private static final Set<String> LATIN1_LABELS = Set.of(
            "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252");

    private CharsetNames() {
    }

    /** The declared name without quotes, trailing separators or surrounding blanks. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String name = raw.strip();
        int cut = name.indexOf(';');
        if (cut >= 0) {
            name = name.substring(0, cut).strip();
        }
        while (!name.isEmpty() && isQuote(name.charAt(0))) {
            name = name.substring(1);
        }
        while (!name.isEmpty() && (isQuote(name.charAt(name.length() - 1)) || name.endsWith(","))) {
            name = name.substring(0, name.length() - 1);
        }
        return name.strip();
    }

    /** The charset a declared name stands for, or empty when no supported charset matches. */
    static Optional<Charset> resolve(String raw) {
        String name = clean(raw);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String label = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (GB_FAMILY.contains(label)) {
            return Optional.of(GB18030);
        }
        if (LATIN1_LABELS.contains(label)) {
            return Optional.of(WINDOWS_1252);
        }
        if (label.equals("utf8")) {
            return Optional.of(java.nio.charset.StandardCharsets.UTF_8);
        }
        return lookup(name).or(() -> lookup(label));
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
