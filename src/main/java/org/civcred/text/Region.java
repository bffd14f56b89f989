package org.civcred.text;

/**
 * One administrative division from the vendored GB/T 2260 table.
 *
 * @param code       six digits, e.g. {@code 411330}
 * @param name       the official name, e.g. {@code 桐柏县}
 * @param shortName  the name without its unit word and ethnic designation ({@code 桐柏}, {@code 广西}),
 *                   or empty when that would leave fewer than two characters
 * @param level      province, prefecture or county level
 * @param parentCode the enclosing division actually in the table: a prefecture, or the province for
 *                   prefectures and for counties that no prefecture encloses (municipality districts,
 *                   province-administered cities such as 济源市); empty for provinces
 */
public record Region(String code, String name, String shortName, RegionLevel level, String parentCode) {

    /**
     * True for the development and management zones the statistics bureau codes 71–80 at county level
     * (e.g. {@code 石家庄高新技术产业开发区}); GB/T 2260 itself does not list them.
     */
    public boolean statisticalZone() {
        if (level != RegionLevel.COUNTY) {
            return false;
        }
        int tail = Integer.parseInt(code.substring(4));
        return tail >= 71 && tail <= 80;
    }

    /** True when {@code other} lies inside this division (a division is not inside itself). */
    public boolean contains(Region other) {
        return switch (level) {
            case PROVINCE -> other.level != RegionLevel.PROVINCE && other.code.startsWith(code.substring(0, 2));
            case PREFECTURE -> other.level == RegionLevel.COUNTY && other.code.startsWith(code.substring(0, 4));
            case COUNTY -> false;
        };
    }
}
