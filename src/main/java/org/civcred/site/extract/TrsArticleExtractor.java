package org.civcred.site.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.site.spec.PageTypeSpec;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code trs-article}: the article templates of TRS-built government sites. Emits the page fields
 * {@code title}, {@code published}, {@code source} and {@code body}, each from the first place
 * that has it, in the order the templates are common:
 * <ul>
 * <li>title: {@code #title_tex}, {@code .tt-tit}, {@code .dc-title}, {@code .pannel-title},
 *     {@code .article-title}, {@code .art-title}, {@code h1}, then {@code <title>};</li>
 * <li>published: {@code <meta name="publishdate">}, the URL's {@code tYYYYMMDD} (as
 *     {@code YYYY-MM-DD}), then a 发表时间/发布时间/发布日期 line;</li>
 * <li>source: {@code <meta name="source">}, then a 来源/信息来源 line;</li>
 * <li>body: {@code #tex .TRS_Editor}, {@code #tex}, {@code .TRS_Editor}, {@code .article-content},
 *     {@code .content}; its paragraphs joined by a newline.</li>
 * </ul>
 */
public final class TrsArticleExtractor implements Extractor {

    private static final List<String> TITLES = List.of(
            "#title_tex", ".tt-tit", ".dc-title", ".pannel-title", ".article-title", ".art-title", "h1");
    private static final List<String> BODIES = List.of(
            "#tex .TRS_Editor", "#tex", ".TRS_Editor", ".article-content", ".content");
    private static final Pattern URL_DATE = Pattern.compile("/t(\\d{4})(\\d{2})(\\d{2})_\\d+\\.[a-z]+$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:发表时间|发布时间|发布日期)\\s*[：:]\\s*(\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2}日?"
                    + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:信息来源|来源)\\s*[：:]\\s*(.+?)(?=\\s+(?:作者|编辑|责任编辑|发表时间|发布时间|发布日期|浏览次数|点击数|字号)\\s*[：:]|$)");

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Document doc = page.document();
        firstText(doc, TITLES).or(() -> Optional.of(doc.title())).ifPresent(t -> out.field("title", t));
        published(doc, page.url()).ifPresent(d -> out.field("published", d));
        source(doc).ifPresent(s -> out.field("source", s));
        body(doc).ifPresent(b -> out.field("body", b));
        if (!out.hasField("body")) {
            out.warn("no article body found (looked for " + String.join(", ", BODIES) + ")");
        }
    }

    static Optional<String> published(Document doc, String url) {
        String meta = Texts.clean(doc.select("meta[name=publishdate]").attr("content"));
        if (!meta.isEmpty()) {
            return Optional.of(meta);
        }
        Matcher m = URL_DATE.matcher(Urls.path(url));
        if (m.find()) {
            return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        return lineValue(doc, "时间|日期", DATE_LINE);
    }

    static Optional<String> source(Document doc) {
        String meta = Texts.clean(doc.select("meta[name=source]").attr("content"));
        return meta.isEmpty() ? lineValue(doc, "来源", SOURCE_LINE) : Optional.of(meta);
    }

    /** The paragraphs of the first body container found, joined by newlines. */
    static Optional<String> body(Element root) {
        for (String selector : BODIES) {
            Element container = root.selectFirst(selector);
            if (container == null) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Element p : container.select("p")) {
                String line = Texts.clean(p.text());
                if (!line.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n").append(line);
                }
            }
            String body = text.isEmpty() ? Texts.clean(container.text()) : text.toString();
            if (!body.isEmpty()) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    /** A labelled value from the first element whose own text holds the label. */
    private static Optional<String> lineValue(Document doc, String labelRegex, Pattern value) {
        for (Element e : doc.body().select("*:matchesOwn(" + labelRegex + ")")) {
            Matcher m = value.matcher(Texts.clean(e.ownText()));
            if (m.find()) {
                return Optional.of(Texts.clean(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(Element root, List<String> selectors) {
        for (String selector : selectors) {
            Element e = root.selectFirst(selector);
            if (e != null && !Texts.clean(e.text()).isEmpty()) {
                return Optional.of(Texts.clean(e.text()));
            }
        }
        return Optional.empty();
    }
}
