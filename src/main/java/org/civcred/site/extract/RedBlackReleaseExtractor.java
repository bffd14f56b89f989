package org.civcred.site.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.site.spec.PageTypeSpec;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code red-black-release}: a county 诚信红黑榜 press release. The article fields come from
 * {@code trs-article}; then the body is read line by line: a heading {@code 一、红榜} / {@code 二、黑榜}
 * sets {@code list_kind} (red|black), a heading {@code （一）诚信企业} / {@code （二）失信个人} sets
 * {@code subject_type} (org|person), and every numbered line below them becomes one record. The
 * joint signature before the closing date gives {@code source_org} (else the page's source line);
 * the release title is {@code list_name} and its date {@code list_date}.
 */
public final class RedBlackReleaseExtractor implements Extractor {

    private static final List<String> BODIES = List.of(".content", "#tex", ".TRS_Editor", ".article-content");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+\\s*[、.．]\\s*)?(?:诚信|守信|失信)?(红榜|黑榜)(?:名单)?[：:]?$");
    private static final Pattern SUBJECT_HEADING = Pattern.compile("^[（(][一二三四五六七八九十]+[)）]\\s*(.{1,16})$");
    private static final Pattern CLOSING_DATE = Pattern.compile("\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
    private static final Pattern ISSUER = Pattern.compile(".*(委员会|办公室|委|局|院|中心|政府|厅|办)$");

    private final TrsArticleExtractor article = new TrsArticleExtractor();

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        article.extract(page, type, out);
        List<String> lines = lines(page);
        String issuers = issuers(lines);
        String listName = out.value("title").orElse("");
        String kind = null;
        String subject = null;
        int before = out.recordCount();
        for (String line : lines) {
            Matcher listHeading = LIST_HEADING.matcher(line);
            Matcher subjectHeading = SUBJECT_HEADING.matcher(line);
            String item = ReleaseItems.itemText(line);
            if (listHeading.matches()) {
                kind = listHeading.group(1).equals("红榜") ? "red" : "black";
                subject = null;
            } else if (subjectHeading.matches()) {
                subject = subjectOf(subjectHeading.group(1));
            } else if (item != null && kind != null) {
                String itemSubject = subject != null ? subject : ReleaseItems.looksLikeOrganisation(item) ? "org" : "person";
                Map<String, String> r = itemSubject.equals("person")
                        ? ReleaseItems.person(item) : ReleaseItems.organisation(item);
                r.put("list_kind", kind);
                r.put("subject_type", itemSubject);
                r.put("list_name", listName);
                r.put("list_date", TrsArticleExtractor.published(page.document(), page.url()).orElse(""));
                r.put("source_org", issuers.isEmpty() ? TrsArticleExtractor.source(page.document()).orElse("") : issuers);
                out.record(r);
            }
        }
        if (out.recordCount() == before) {
            out.warn("no numbered lines under 红榜/黑榜 headings in this release");
        }
    }

    private static String subjectOf(String heading) {
        if (heading.contains("个人") || heading.contains("自然人")) {
            return "person";
        }
        return heading.contains("企业") || heading.contains("单位") || heading.contains("公司") || heading.contains("组织")
                ? "org" : null;
    }

    /** The joint issuers: the signature lines above (or on) the closing date line. */
    static String issuers(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 4; i--) {
            Matcher date = CLOSING_DATE.matcher(lines.get(i));
            if (!date.find()) {
                continue;
            }
            String onLine = Texts.clean(lines.get(i).substring(0, date.start()));
            if (!onLine.isEmpty()) {
                return onLine;
            }
            List<String> names = new ArrayList<>();
            for (int j = i - 1; j >= 0 && ISSUER.matcher(lines.get(j)).matches() && lines.get(j).length() <= 40; j--) {
                names.add(0, lines.get(j));
            }
            return String.join(" ", names);
        }
        return "";
    }

    /** Body lines: each paragraph, split at {@code <br>}, trimmed, blanks dropped. */
    private static List<String> lines(PageContext page) {
        Element body = null;
        for (String selector : BODIES) {
            body = page.document().selectFirst(selector);
            if (body != null) {
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        List<Element> blocks = body.select("p");
        for (Element block : blocks.isEmpty() ? List.of(body) : blocks) {
            StringBuilder text = new StringBuilder();
            for (Node node : block.childNodes()) {
                if (node instanceof Element e && e.normalName().equals("br")) {
                    text.append('\n');
                } else {
                    text.append(node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "");
                }
            }
            for (String line : text.toString().split("\n")) {
                String clean = Texts.clean(line);
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
        }
        return lines;
    }
}
