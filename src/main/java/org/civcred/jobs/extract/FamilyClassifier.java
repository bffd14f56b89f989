package org.civcred.jobs.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.text.TextNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decides a page's family. The host map ({@code crawler/families.yaml}) comes first; a page whose
 * host no rule covers is judged by its own framing, never by its article text (a credit page may
 * well write about 文明城市, and that is a cross-mention, not a change of family):
 * <ol>
 *   <li>the breadcrumb ({@code 首页 > 社会信用信息 > 正文}),</li>
 *   <li>the column metas TRS sites write ({@code ColumnName}, {@code catalogs}),</li>
 *   <li>the site name: {@code SiteName}/{@code og:site_name} metas, the part of {@code <title>} after
 *       its last separator ({@code 标题_驻马店文明网}), the header logo,</li>
 *   <li>the footer ({@code 主办单位：…文明办});</li>
 *   <li>last, the page's own title ({@code 某县2019年第二季度诚信"红黑榜"发布}): a page about a red
 *       and black list is credit material wherever it is published.</li>
 * </ol>
 * The first place whose cues point to one family more than to the other decides; the reason names
 * the place and the cue. Nothing decisive leaves the family null ("undecided").
 */
public final class FamilyClassifier {

    private static final Pattern CREDIT = Pattern.compile(String.join("|",
            "社会信用信息", "社会信用", "信用信息", "诚信文化", "信用动态", "红黑榜", "红黑名单", "信用中国", "信用体系",
            "失信", "守信", "发展和改革委员会", "发展改革委", "发改委",
            // city credit portals name themselves 信用 + place: 信用南阳, 信用天津, 信用桐柏县
            "信用(?:\\p{IsHan}{2}|\\p{IsHan}{2}[市县区])网?(?=$|\\P{IsHan})"));
    private static final Pattern CIVILIZATION = Pattern.compile(String.join("|",
            "文明网", "身边好人", "中国好人榜", "好人榜", "中国好人", "道德模范", "精神文明", "文明办", "文明委",
            "好人365", "时代楷模", "文明实践"));
    private static final String BREADCRUMBS = ".breadcrumb, .crumb, .crumbs, .bread, .position, .location, .dqwz, "
            + "[class*=breadcrumb], [class*=crumb], [class*=position], [class*=location], [id*=crumb], [id*=position], "
            + "[id*=location]";
    private static final String FOOTERS = "footer, .footer, #footer, [class*=footer], [id*=footer], .foot, #foot";
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*[_|—–-]+\\s*");

    private FamilyClassifier() {
    }

    /** The host map's decision when it has one, otherwise the content's. */
    public static FamilyDecision decide(CaptureInput capture, Page page, Extraction extraction) {
        return decide(capture, extraction, new HtmlView(page));
    }

    static FamilyDecision decide(CaptureInput capture, Extraction extraction, HtmlView html) {
        String hostFamily = nonEmpty(capture.family()) ? capture.family()
                : nonEmpty(extraction.family()) ? extraction.family() : null;
        if (hostFamily != null) {
            return FamilyDecision.hostMap(hostFamily, capture.host());
        }
        if (!html.isHtml()) {
            return FamilyDecision.undecided("JSON from a host the host map does not cover");
        }
        return byContent(html.document());
    }

    /** The content's decision alone. */
    public static FamilyDecision byContent(Document doc) {
        for (Map.Entry<String, String> place : places(doc)) {
            FamilyDecision d = judge(place.getKey(), place.getValue());
            if (d != null) {
                return d;
            }
        }
        return FamilyDecision.undecided("");
    }

    private static List<Map.Entry<String, String>> places(Document doc) {
        List<Map.Entry<String, String>> places = new ArrayList<>();
        StringBuilder crumbs = new StringBuilder();
        for (Element e : doc.select(BREADCRUMBS)) {
            crumbs.append(e.text()).append(" | ");
        }
        for (Element e : doc.getElementsMatchingOwnText("当前位置|您的位置|您现在的位置")) {
            crumbs.append(e.parent() == null ? e.text() : e.parent().text()).append(" | ");
        }
        places.add(Map.entry("breadcrumb", crumbs.toString()));
        places.add(Map.entry("column", metas(doc, "ColumnName", "ColumnKeywords", "catalogs")));
        String title = doc.title();
        String[] parts = TITLE_SEPARATORS.split(title.strip());
        String titleSuffix = parts.length > 1 ? parts[parts.length - 1] : "";
        String siteName = metas(doc, "SiteName", "og:site_name") + " | " + titleSuffix + " | "
                + doc.select(".logo, #logo, [class*=logo]").text();
        places.add(Map.entry("site name", siteName));
        places.add(Map.entry("footer", doc.select(FOOTERS).text()));
        places.add(Map.entry("title", parts.length > 0 ? parts[0] : ""));
        return places;
    }

    private static String metas(Document doc, String... names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            String selector = "meta[name=" + name + "], meta[property=" + name + "]";
            out.append(doc.select(selector).attr("content")).append(" | ");
        }
        return out.toString();
    }

    /** A decision when one family has more cues in this place than the other, else null. */
    private static FamilyDecision judge(String place, String rawText) {
        String text = TextNormalizer.simplify(TextNormalizer.cleanLine(rawText));
        List<String> credit = cues(CREDIT, text);
        List<String> civilization = cues(CIVILIZATION, text);
        if (credit.size() > civilization.size()) {
            return new FamilyDecision("credit", "content: " + place + " " + credit.get(0));
        }
        if (civilization.size() > credit.size()) {
            return new FamilyDecision("civilization", "content: " + place + " " + civilization.get(0));
        }
        return null;
    }

    private static List<String> cues(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isBlank();
    }
}
