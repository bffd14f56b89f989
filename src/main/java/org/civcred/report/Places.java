package org.civcred.report;

import org.civcred.text.Region;
import org.civcred.text.RegionNormalizer;

/** Names for GB/T 2260 codes: the official name in HTML, and in charts a short name or, without a CJK font, the code. */
final class Places {

    private final RegionNormalizer regions = RegionNormalizer.standard();
    private final boolean cjk;

    Places(boolean cjk) {
        this.cjk = cjk;
    }

    /** The official name ({@code 天津市}), or the code itself when the table does not know it. */
    String name(String code) {
        if (code == null) {
            return "";
        }
        return regions.byCode(code).map(Region::name).orElse(code);
    }

    /** A chart label: {@code 天津} with a CJK font, {@code 120000} without. */
    String chartLabel(String code) {
        if (!cjk) {
            return code;
        }
        return regions.byCode(code).map(r -> r.shortName().isEmpty() ? r.name() : r.shortName()).orElse(code);
    }
}
