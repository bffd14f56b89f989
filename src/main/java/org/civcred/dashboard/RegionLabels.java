package org.civcred.dashboard;

import org.civcred.text.Region;
import org.civcred.text.RegionNormalizer;

/** Names for GB/T 2260 codes as the page shows them: "桐柏县 (411330)", provinces by name. */
final class RegionLabels {

    private final RegionNormalizer regions = RegionNormalizer.standard();

    /** The province code ({@code xx0000}) of any code, or null for a missing or malformed one. */
    static String provinceCode(Object code) {
        return code instanceof String s && s.matches("\\d{2}.*") && !s.startsWith("00") ? s.substring(0, 2) + "0000" : null;
    }

    /** The official name of a division, or the code itself when the table does not know it. */
    String name(String code) {
        if (code == null) {
            return null;
        }
        return regions.byCode(code).map(Region::name).orElse(code);
    }

    /** The full path a researcher reads, e.g. "河南省 南阳市 桐柏县". */
    String path(String code) {
        if (code == null) {
            return null;
        }
        String province = provinceCode(code);
        String prefecture = regions.prefectureOf(code).orElse(null);
        StringBuilder out = new StringBuilder();
        if (province != null) {
            out.append(name(province));
        }
        if (prefecture != null && !prefecture.equals(province)) {
            out.append(' ').append(name(prefecture));
        }
        if (!code.equals(province) && !code.equals(prefecture)) {
            out.append(' ').append(name(code));
        }
        return out.toString().trim();
    }
}
