package org.civcred.site;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parses a page's HTML within {@link HtmlLimits}, or says which limit it broke.
 *
 * <p>The size is checked before parsing. The time limit is enforced while parsing: jsoup pulls the
 * text through a reader that fails once the deadline has passed, so a pathological page stops
 * costing time within one read of the deadline. jsoup itself never nests deeper than its parser's
 * maximum (deeper tags are attached higher up instead of overflowing the stack); a tree that reaches
 * the configured depth is therefore reported rather than silently flattened. Attribute values are
 * measured on the parsed tree.
 */
public final class LimitedHtmlParser {

    private final HtmlLimits limits;

    public LimitedHtmlParser(HtmlLimits limits) {
        this.limits = limits;
    }

    /** Fails fast on a body over the size limit, before it is decoded. */
    public void checkSize(long bodyBytes) {
        if (bodyBytes > limits.maxHtmlBytes()) {
            throw new HtmlLimitExceeded("html-too-large", "body of " + bodyBytes + " bytes exceeds "
                    + limits.maxHtmlBytes() + " (setting extract.max-html-bytes); raise it if such pages are expected");
        }
    }

    /** The parsed document, or {@link HtmlLimitExceeded}. */
    public Document parse(String html, String baseUrl) {
        checkSize((long) html.length());
        long deadline = System.nanoTime() + limits.maxParseTime().toNanos();
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth() + 1);
        Document document;
        try {
            document = parser.parseInput(new DeadlineReader(new StringReader(html), deadline), baseUrl);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof DeadlineReader.Expired) {
                throw timeout();
            }
            throw e;
        }
        if (System.nanoTime() > deadline) {
            throw timeout();
        }
        inspect(document);
        return document;
    }

    private HtmlLimitExceeded timeout() {
        return new HtmlLimitExceeded("parse-timeout", "parsing took longer than " + limits.maxParseTime()
                + " (setting extract.max-parse-time); the markup is pathological or the machine overloaded");
    }

    /** Depth and attribute length in one walk over the tree. */
    private void inspect(Document document) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > limits.maxDepth()) {
                    throw new HtmlLimitExceeded("markup-too-deep", "elements nest deeper than " + limits.maxDepth()
                            + " levels (setting extract.max-nesting-depth); no real page does, the markup is broken or hostile");
                }
                if (node instanceof Element element) {
                    for (Attribute a : element.attributes()) {
                        if (a.getValue().length() > limits.maxAttributeChars()) {
                            throw new HtmlLimitExceeded("attribute-too-long", "attribute " + abbreviate(a.getKey())
                                    + " of <" + element.tagName() + "> holds " + a.getValue().length()
                                    + " characters, over " + limits.maxAttributeChars()
                                    + " (setting extract.max-attribute-chars)");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // Nothing to check on the way up.
            }
        }, document);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A reader that fails once a deadline has passed. */
    private static final class DeadlineReader extends Reader {

        /** The deadline passed; jsoup wraps it in an {@link UncheckedIOException}. */
        static final class Expired extends IOException {
            Expired() {
                super("parse deadline passed", null);
            }
        }

        private final Reader in;
        private final long deadline;

        DeadlineReader(Reader in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new Expired();
            }
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
