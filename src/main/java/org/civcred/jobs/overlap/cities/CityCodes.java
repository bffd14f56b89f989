package org.civcred.jobs.overlap.cities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civcred.text.Region;
import org.civcred.text.RegionLevel;
import org.civcred.text.RegionNormalizer;

/**
 * Which cities a region code lies in, at the two levels a civilized-city title is given to.
 *
 * <p>A city is a prefecture-level division (南阳市 411300), a municipality taken whole (天津市
 * 120000, which covers its districts), or a county-level unit that is a town in its own right: a
 * county, county-level city or banner (桐柏县 411330), never a city district (区), which is part of
 * its city. A place in 桐柏县 therefore counts for 桐柏县 and for 南阳市; a place known only to
 * province level counts for no city. Matches the mirror's ground truth: a prefecture code covers
 * its counties, 120000 covers Tianjin's districts.
 */
public final class CityCodes {

    private CityCodes() {
    }

    /** The city codes containing {@code regionCode}, largest first; empty when it is unknown or a province. */
    public static List<String> of(String regionCode) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            return List.of();
        }
        RegionNormalizer regions = RegionNormalizer.standard();
        Optional<Region> region = regions.byCode(regionCode);
        if (region.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        regions.prefectureOf(regionCode).ifPresent(out::add);
        Region r = region.get();
        if (r.level() == RegionLevel.PROVINCE && isMunicipality(r.code())) {
            out.add(r.code());
        }
        if (r.level() == RegionLevel.COUNTY && !r.name().endsWith("区") && !out.contains(r.code())) {
            out.add(r.code());
        }
        return List.copyOf(out);
    }

    /** The official name of a city code, or empty. */
    public static Optional<String> name(String cityCode) {
        return RegionNormalizer.standard().byCode(cityCode).map(Region::name);
    }

    static boolean isMunicipality(String code) {
        return code.startsWith("11") || code.startsWith("12") || code.startsWith("31") || code.startsWith("50");
    }
}
