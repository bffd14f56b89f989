package org.civcred.report;

import java.util.List;

/** Escaping and the few HTML fragments every section uses. */
final class Html {

    private Html() {
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A table; cells are escaped. {@code rowKeys}, when not null, gives each body row a
     * {@code data-key} attribute so tools (and tests) can find rows without parsing cell text.
     */
    static String table(String cssClass, List<String> headers, List<List<String>> rows, List<String> rowKeys) {
        StringBuilder b = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        headers.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            b.append(rowKeys == null ? "<tr>" : "<tr data-key=\"" + esc(rowKeys.get(i)) + "\">");
            rows.get(i).forEach(cell -> b.append("<td>").append(esc(cell)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
