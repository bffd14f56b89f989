package org.civcred.text;

import java.util.List;

/**
 * Derives the short names people write for divisions: 河南 for 河南省, 南阳 for 南阳市, 广西 for
 * 广西壮族自治区, 恩施 for 恩施土家族苗族自治州, 桐柏 for 桐柏县.
 *
 * <p>The unit word is cut first ({@code 自治州}, {@code 地区}, {@code 市} …), then any ethnic designation
 * before it, with or without 族 ({@code 博尔塔拉蒙古自治州} → 博尔塔拉). A short name must keep at least
 * two characters; 城区 and 忠县 have none.
 */
final class RegionNames {

    private static final List<String> UNIT_WORDS = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市", "县", "区", "盟", "旗");
    /** Peoples named in division names; longest first so 柯尔克孜 wins over shorter overlaps. */
    private static final List<String> PEOPLES = List.of(
            "维吾尔", "柯尔克孜", "哈萨克", "土家", "布依", "朝鲜", "蒙古", "哈尼", "傈僳", "拉祜", "纳西", "景颇",
            "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "普米", "塔吉克", "鄂温克", "鄂伦春", "裕固",
            "保安", "独龙", "东乡", "塔塔尔", "乌孜别克", "俄罗斯", "阿昌", "德昂", "基诺", "门巴", "珞巴", "赫哲",
            "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京");

    private RegionNames() {
    }

    /** The short name, or empty when none of at least two characters exists. */
    static String shortName(String name) {
        String stem = name;
        for (String unit : UNIT_WORDS) {
            if (stem.endsWith(unit) && stem.length() > unit.length()) {
                stem = stem.substring(0, stem.length() - unit.length());
                break;
            }
        }
        if (!stem.equals(name) && name.contains("自治")) {
            stem = stripPeoples(stem);
        }
        return stem.length() >= 2 && !stem.equals(name) ? stem : "";
    }

    /**
     * The everyday form of an autonomous unit's name, its short name with the bare unit word:
     * 恩施州, 湘西州, 石柱县, 鄂温克旗. Empty for other names.
     */
    static String unitShorthand(String name) {
        String shortName = shortName(name);
        if (shortName.isEmpty()) {
            return "";
        }
        for (String unit : List.of("自治州", "自治县", "自治旗")) {
            if (name.endsWith(unit)) {
                return shortName + unit.charAt(2);
            }
        }
        return "";
    }

    private static String stripPeoples(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String withoutZu = stem.endsWith("族") ? stem.substring(0, stem.length() - 1) : stem;
            for (String people : PEOPLES) {
                if (withoutZu.endsWith(people) && withoutZu.length() - people.length() >= 2) {
                    stem = withoutZu.substring(0, withoutZu.length() - people.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }
}
