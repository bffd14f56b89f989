package org.civcred.site.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.site.spec.PageTypeSpec;

/**
 * {@code creditchina-api}: the JSON API under {@code public.creditchina.gov.cn/private-api/}.
 * <ul>
 * <li>{@code catalogSearchPerson}: {@code data.list} rows ({@code xm, lrsj, tmzjhm, lrbm, ssdq})
 *     become black-list person records; {@code list_name} is the {@code tableName} queried.</li>
 * <li>{@code typeSourceSearch} (守信激励, the red list): each row's {@code entity} is read through
 *     its {@code sencesMap} labels (姓名, 性别, 荣誉称号 …) into a red-list record; an honour title
 *     such as 诚信之星 is its {@code list_name}.</li>
 * </ul>
 * Other pages up to ceil(total/pageSize) become pagination links. A body whose {@code status} is
 * not 1 (the WAF's {@code 40001 请刷新后重试！}) yields no records and a warning.
 */
public final class CreditChinaApiExtractor implements Extractor {

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Optional<JsonNode> json = page.json();
        if (json.isEmpty()) {
            out.warn("expected a JSON body from the Credit China API");
            return;
        }
        JsonNode root = json.get();
        String status = JsonValues.text(root, "status");
        if (!status.equals("1")) {
            out.warn("Credit China API answered status " + (status.isEmpty() ? "(none)" : status) + " ("
                    + JsonValues.text(root, "message") + "): a challenge, nothing extracted");
            return;
        }
        JsonNode data = root.path("data");
        String path = Urls.path(page.url());
        for (JsonNode row : data.path("list")) {
            if (path.endsWith("/catalogSearchPerson")) {
                out.record(blackListPerson(row, Urls.queryParam(page.url(), "tableName").orElse("")));
            } else if (path.endsWith("/typeSourceSearch")) {
                out.record(TypeSourceRows.record(row));
            } else {
                out.warn("no reader for Credit China API path " + path);
                break;
            }
        }
        paginate(page.url(), data, out);
    }

    private static Map<String, String> blackListPerson(JsonNode row, String tableName) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("name", JsonValues.text(row, "xm"));
        r.put("list_date", JsonValues.text(row, "lrsj"));
        r.put("id_masked", JsonValues.text(row, "tmzjhm"));
        r.put("source_org", JsonValues.text(row, "lrbm"));
        r.put("region", JsonValues.text(row, "ssdq"));
        r.put("list_name", tableName);
        r.put("list_kind", "black");
        r.put("subject_type", "person");
        return r;
    }

    private static void paginate(String url, JsonNode data, ExtractionBuilder out) {
        long size = Urls.queryParam(url, "pageSize").flatMap(CreditChinaApiExtractor::parse).orElse(10L);
        long current = Urls.queryParam(url, "page").flatMap(CreditChinaApiExtractor::parse).orElse(1L);
        long last = JsonValues.pageCount(JsonValues.number(data, "total").orElse(0L), size);
        for (long n = 1; n <= last; n++) {
            if (n != current) {
                out.page(CrawlRequest.get(Urls.withQueryParam(url, "page", Long.toString(n))), (int) n);
            }
        }
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
