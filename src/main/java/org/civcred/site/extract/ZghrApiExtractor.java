package org.civcred.site.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.civcred.site.spec.PageTypeSpec;

/**
 * {@code zghr-api}: the 中国好人 candidate API of zghr.wenming.cn.
 * <ul>
 * <li>{@code /api/v2/candidates?activityId=&pageNum=&pageSize=}: each of {@code rows} becomes an
 *     honour record (username, gender, category, region, intro, activityTitle); the other pages
 *     up to ceil(total/pageSize) become pagination links; each activity seen becomes one API link
 *     to {@code /api/v2/activities/<activityId>}. Photo URLs are not followed.</li>
 * <li>{@code /api/v2/activities/<id>}: the activity's title and dates as page fields.</li>
 * </ul>
 * A {@code code} other than 200 gives no records and a warning.
 */
public final class ZghrApiExtractor implements Extractor {

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Optional<JsonNode> json = page.json();
        if (json.isEmpty()) {
            out.warn("expected a JSON body from the zghr API");
            return;
        }
        JsonNode root = json.get();
        String code = JsonValues.text(root, "code");
        if (!code.equals("200")) {
            out.warn("zghr API answered code " + (code.isEmpty() ? "(none)" : code) + ": "
                    + JsonValues.text(root, "msg"));
            return;
        }
        if (root.has("rows")) {
            candidates(page, root, out);
        } else if (root.has("data")) {
            activity(root.get("data"), out);
        } else {
            out.warn("zghr API body has neither rows nor data");
        }
    }

    private static void candidates(PageContext page, JsonNode root, ExtractionBuilder out) {
        for (JsonNode row : root.path("rows")) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("name", JsonValues.text(row, "username"));
            r.put("gender", JsonValues.text(row, "gender"));
            r.put("category", JsonValues.text(row, "category"));
            r.put("region", JsonValues.text(row, "region"));
            r.put("list_name", JsonValues.text(row, "activityTitle"));
            r.put("list_kind", "honour");
            r.put("subject_type", "person");
            r.put("deed", JsonValues.text(row, "intro"));
            out.record(r);
            String activity = JsonValues.text(row, "activityId");
            if (!activity.isEmpty()) {
                Urls.resolve(page.url(), "/api/v2/activities/" + activity)
                        .ifPresent(url -> out.link(CrawlRequest.get(url), LinkKind.API));
            }
        }
        long size = JsonValues.number(root, "pageSize")
                .or(() -> Urls.queryParam(page.url(), "pageSize").flatMap(ZghrApiExtractor::parse)).orElse(0L);
        long current = JsonValues.number(root, "pageNum")
                .or(() -> Urls.queryParam(page.url(), "pageNum").flatMap(ZghrApiExtractor::parse)).orElse(1L);
        long last = JsonValues.pageCount(JsonValues.number(root, "total").orElse(0L), size);
        for (long n = 1; n <= last; n++) {
            if (n != current) {
                String url = Urls.withQueryParam(page.url(), "pageNum", Long.toString(n));
                out.page(CrawlRequest.get(url), (int) n);
            }
        }
    }

    private static void activity(JsonNode data, ExtractionBuilder out) {
        out.field("title", JsonValues.text(data, "title"));
        out.field("start_date", JsonValues.text(data, "startDate"));
        out.field("end_date", JsonValues.text(data, "endDate"));
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
