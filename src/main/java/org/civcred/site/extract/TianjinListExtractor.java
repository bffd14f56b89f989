package org.civcred.site.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.civcred.site.spec.PageTypeSpec;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code tianjin-list}: a {@code POST /xygs/datalist.do} result page of Credit Tianjin.
 * <ul>
 * <li>rows of {@code td[title]} cells become records, keyed by the column headers (名称, 地区,
 *     认定日期 …); {@code list_kind} is red for {@code domainid=029}, black for {@code 028};
 *     {@code list_name} is the list heading ({@code .list-title}), also a page field;</li>
 * <li>{@code onclick="showDetail('recid','recflag','messageid')"} becomes a detail GET
 *     {@code showDetail.do?recid=&messageid=&recflag=}, also the record's {@code detail_url};</li>
 * <li>the highest {@code _gotoPage('N')} (the 尾页 link) becomes POSTs of the same form with
 *     {@code pageNo} 1..N, the current page left out.</li>
 * </ul>
 * A captcha page (请输入验证码) gives a warning and nothing else.
 */
public final class TianjinListExtractor implements Extractor {

    private static final Pattern SHOW_DETAIL = Pattern.compile(
            "showDetail\\(\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*\\)");
    private static final Pattern GOTO_PAGE = Pattern.compile("_gotoPage\\(\\s*'?(\\d+)'?\\s*\\)");

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Document doc = page.document();
        boolean captchaForm = doc.selectFirst("input[name=yzm][type=text]") != null && doc.select("td[title]").isEmpty();
        if (doc.text().contains("请输入验证码") || captchaForm) {
            out.warn("captcha page (请输入验证码): a challenge, nothing extracted");
            return;
        }
        String kind = listKind(page.request());
        Element heading = doc.selectFirst(".list-title");
        String listName = heading == null ? "" : heading.text();
        out.field("list_name", listName);
        List<String> headers = new ArrayList<>();
        for (Element row : doc.select("tr")) {
            if (row.selectFirst("th") != null) {
                headers = row.select("th").eachText();
                continue;
            }
            if (row.selectFirst("td[title]") != null) {
                record(page, row, headers, Map.of("list_kind", kind, "list_name", listName), out);
            }
        }
        if (out.recordCount() == 0) {
            out.warn("no td[title] rows on this list page");
        }
        paginate(page.request(), doc, out);
    }

    private static void record(PageContext page, Element row, List<String> headers, Map<String, String> constants,
                               ExtractionBuilder out) {
        Map<String, String> r = new LinkedHashMap<>();
        List<Element> cells = row.select("td");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            String key = i < headers.size() ? TianjinLabels.key(headers.get(i)) : null;
            if (key != null && cell.hasAttr("title")) {
                r.put(key, cell.attr("title"));
            }
        }
        for (Element a : row.select("[onclick]")) {
            Matcher m = SHOW_DETAIL.matcher(a.attr("onclick"));
            if (m.find()) {
                String query = "showDetail.do?recid=" + m.group(1) + "&messageid=" + m.group(3) + "&recflag=" + m.group(2);
                Urls.resolve(page.url(), query).ifPresent(url -> {
                    r.put("detail_url", url);
                    out.link(CrawlRequest.get(url), LinkKind.DETAIL);
                });
            }
        }
        r.putAll(constants);
        out.record(r);
    }

    /** Pages 1..N (N from the highest _gotoPage) as POSTs of the same form, current page left out. */
    static void paginate(CrawlRequest request, Document doc, ExtractionBuilder out) {
        int last = 0;
        for (Element a : doc.select("a[href*=_gotoPage], a[onclick*=_gotoPage]")) {
            Matcher m = GOTO_PAGE.matcher(a.attr("href") + " " + a.attr("onclick"));
            while (m.find()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        if (!request.isPost()) {
            return;
        }
        int current = Urls.formParam(request.formBody(), "pageNo").map(TianjinListExtractor::parse).orElse(1);
        for (int n = 1; n <= last; n++) {
            if (n != current) {
                String body = Urls.withFormParam(request.formBody(), "pageNo", Integer.toString(n));
                out.page(CrawlRequest.post(request.url(), body), n);
            }
        }
    }

    /** red for the red-list domain 029, black for 028, empty when the form names neither. */
    private static String listKind(CrawlRequest request) {
        String domain = Urls.formParam(request.formBody(), "domainid")
                .or(() -> Urls.queryParam(request.url(), "domainid")).orElse("");
        return switch (domain) {
            case "029" -> "red";
            case "028" -> "black";
            default -> "";
        };
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
