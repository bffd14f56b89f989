package org.civcred.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A host name or host pattern from a profile or {@code families.yaml}:
 * <ul>
 * <li>{@code www.wenming.cn} matches exactly that host;</li>
 * <li>{@code *.wenming.cn} matches any host one or more labels below {@code wenming.cn}, but not
 *     {@code wenming.cn} itself;</li>
 * <li>{@code credit.*.gov.cn}: a {@code *} after the first label stands for exactly one label.</li>
 * </ul>
 * Matching ignores case and a trailing dot.
 */
final class HostPattern {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?|\\*");

    private final String text;
    private final Pattern regex;
    private final boolean exact;

    private HostPattern(String text, Pattern regex, boolean exact) {
        this.text = text;
        this.regex = regex;
        this.exact = exact;
    }

    /** Parses a pattern; IllegalArgumentException says what is wrong with it. */
    static HostPattern parse(String pattern) {
        String p = pattern == null ? "" : pattern.trim().toLowerCase(Locale.ROOT);
        String[] labels = p.split("\\.", -1);
        if (p.isEmpty() || labels.length < 2) {
            throw new IllegalArgumentException("'" + pattern + "' is not a host name such as www.example.cn or *.example.cn");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + pattern + "' has an invalid label '" + label + "'");
            }
            if (label.equals("*") && i == labels.length - 1) {
                throw new IllegalArgumentException("'" + pattern + "' may not end with a wildcard");
            }
            if (label.equals("*") && i == 0) {
                regex.append("(?:[a-z0-9-]+\\.)+");
            } else {
                regex.append(label.equals("*") ? "[a-z0-9-]+" : Pattern.quote(label));
                regex.append(i < labels.length - 1 ? "\\." : "");
            }
        }
        return new HostPattern(p, Pattern.compile(regex.toString()), !p.contains("*"));
    }

    boolean matches(String host) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return exact ? text.equals(h) : regex.matcher(h).matches();
    }

    boolean isExact() {
        return exact;
    }

    /** Ranks competing matches: exact names first, then the pattern with more literal text. */
    int specificity() {
        return (exact ? 10_000 : 0) + text.replace("*", "").length();
    }

    @Override
    public String toString() {
        return text;
    }
}
