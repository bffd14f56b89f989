package org.civcred.jobs.extract;

import java.util.Set;
import org.civcred.text.TextNormalizer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a page without its frame (header, navigation, breadcrumb, footer, scripts,
 * forms), one block per line; table rows become one line with cells separated by a space. Used for
 * pages whose extractor gives no {@code body} (detail tables, pages no page type matched).
 */
final class MainText {

    private static final String FRAME = "script, style, noscript, template, nav, header, footer, form, select, "
            + ".nav, .header, .footer, .breadcrumb, .logo, #header, #footer, #nav, [class*=footer], [class*=crumb]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "section", "article", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre");

    private MainText() {
    }

    static String of(Element root) {
        Element body = root.ownerDocument() != null && root.ownerDocument().body() != null
                ? root.ownerDocument().body().clone() : root.clone();
        body.select(FRAME).remove();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.tagName().equals("td") || e.tagName().equals("th"))) {
                    out.append(' ');
                } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    out.append('\n');
                }
            }
        });
        StringBuilder lines = new StringBuilder();
        for (String line : TextNormalizer.clean(out.toString()).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(l);
            }
        }
        return lines.toString();
    }
}
