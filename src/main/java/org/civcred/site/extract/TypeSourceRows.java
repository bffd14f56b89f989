package org.civcred.site.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one {@code typeSourceSearch} row. Column codes differ per source table, so the Chinese
 * label from {@code sencesMap} decides the record key, not the code.
 */
final class TypeSourceRows {

    /** Chinese column label → record key. Labels not listed are not kept. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("姓名", "name"), Map.entry("名称", "name"), Map.entry("企业名称", "name"),
            Map.entry("单位名称", "name"), Map.entry("性别", "gender"), Map.entry("出生年月", "birth"),
            Map.entry("所在地区", "region"), Map.entry("地区", "region"), Map.entry("所属地区", "region"),
            Map.entry("荣誉称号", "list_name"), Map.entry("荣誉名称", "list_name"),
            Map.entry("认定时间", "list_date"), Map.entry("认定日期", "list_date"),
            Map.entry("认定部门", "source_org"), Map.entry("事迹类别", "category"),
            Map.entry("主要事迹", "deed"), Map.entry("证件号码", "id_masked"));

    private TypeSourceRows() {
    }

    static Map<String, String> record(JsonNode row) {
        JsonNode entity = row.path("entity");
        JsonNode labels = row.path("sencesMap");
        Map<String, String> r = new LinkedHashMap<>();
        entity.fieldNames().forEachRemaining(code -> {
            String key = LABELS.get(JsonValues.text(labels, code).trim());
            if (key != null && !r.containsKey(key)) {
                r.put(key, JsonValues.text(entity, code));
            }
        });
        boolean person = hasLabel(labels, "姓名") || hasLabel(labels, "性别");
        if (r.getOrDefault("source_org", "").isBlank()) {
            r.put("source_org", JsonValues.text(row, "dataSource"));
        }
        r.put("list_kind", "red");
        r.put("subject_type", person ? "person" : "org");
        return r;
    }

    private static boolean hasLabel(JsonNode labels, String label) {
        for (JsonNode v : labels) {
            if (label.equals(v.asText().trim())) {
                return true;
            }
        }
        return false;
    }
}
