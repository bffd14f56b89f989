package org.civcred.site.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.site.spec.PageTypeSpec;
import org.jsoup.nodes.Element;

/**
 * {@code tianjin-detail}: a Credit Tianjin {@code showDetail.do} page, a
 * {@code table.table-bordered} of label/value rows, becomes one record (labels mapped to record
 * keys, e.g. 姓名 → name, 出生年月 → birth, 荣誉名称 → list_name, 证件号码 → id_masked, 案号 →
 * case_no). A 失信行为 row marks a black-list entry, else a red one; a 性别 or 姓名 row marks a person.
 */
public final class TianjinDetailExtractor implements Extractor {

    @Override
    public void extract(PageContext page, PageTypeSpec type, ExtractionBuilder out) {
        Map<String, String> r = new LinkedHashMap<>();
        boolean black = false;
        boolean person = false;
        for (Element row : page.document().select("table.table-bordered tr")) {
            List<Element> cells = row.select("> td, > th");
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                String label = Texts.clean(cells.get(i).text());
                black |= label.startsWith("失信");
                person |= label.startsWith("性别") || label.startsWith("姓名");
                String key = TianjinLabels.key(label);
                if (key != null && !r.containsKey(key)) {
                    r.put(key, cells.get(i + 1).text());
                }
            }
        }
        if (r.isEmpty()) {
            out.warn("no table.table-bordered label/value rows on this detail page");
            return;
        }
        r.put("list_kind", black ? "black" : "red");
        r.put("subject_type", person ? "person" : "org");
        r.put("detail_url", page.url());
        out.record(r);
    }
}
