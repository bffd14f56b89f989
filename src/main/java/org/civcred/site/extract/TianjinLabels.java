package org.civcred.site.extract;

import java.util.Map;

/** Column and row labels of the Credit Tianjin vendor platform → record keys. */
final class TianjinLabels {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("姓名", "name"), Map.entry("名称", "name"), Map.entry("企业名称", "name"),
            Map.entry("单位名称", "name"), Map.entry("性别", "gender"), Map.entry("出生年月", "birth"),
            Map.entry("所在区", "region"), Map.entry("地区", "region"), Map.entry("所在地区", "region"),
            Map.entry("荣誉名称", "list_name"), Map.entry("失信行为", "deed"), Map.entry("主要事迹", "deed"),
            Map.entry("认定部门", "source_org"), Map.entry("执行法院", "source_org"),
            Map.entry("认定日期", "list_date"), Map.entry("列入日期", "list_date"), Map.entry("发布日期", "list_date"),
            Map.entry("事迹类别", "category"), Map.entry("证件号码", "id_masked"), Map.entry("身份证号", "id_masked"),
            Map.entry("案号", "case_no"));

    private TianjinLabels() {
    }

    /** The record key for a label (trailing colons ignored), or null for labels not kept. */
    static String key(String label) {
        String l = Texts.clean(label);
        while (l.endsWith("：") || l.endsWith(":")) {
            l = Texts.clean(l.substring(0, l.length() - 1));
        }
        return KEYS.get(l);
    }
}
