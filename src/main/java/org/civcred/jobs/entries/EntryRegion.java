package org.civcred.jobs.entries;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civcred.text.RegionMatch;
import org.civcred.text.RegionNormalizer;
import org.civcred.text.TextNormalizer;

/**
 * The GB/T 2260 reading of an entry's place, with context. Lists often write only the district
 * ({@code 和平区}, which exists in Tianjin and in Shenyang); the page itself says where it is from — the
 * record's province column, the issuing body ({@code 天津市第一中级人民法院}), the list's name
 * ({@code "天津好人"公共信用信息}), the page's source ({@code 南阳文明网}) or title — so the first of these
 * that names one place is used as the context. Nothing site-specific is hard-coded.
 *
 * @param code       finest code resolved, or null
 * @param level      {@code province}, {@code prefecture} or {@code county}, or null
 * @param province   province-level code, or null
 * @param prefecture prefecture-level code, or null (also null for a province-level reading)
 */
public record EntryRegion(String code, String level, String province, String prefecture) {

    /** A list name often opens with its date ({@code 2018年10月"天津好人"榜单}); places are read from clause starts. */
    private static final Pattern LEADING_DATE =
            Pattern.compile("^\\d{4}年度?(?:\\d{1,2}月)?(?:第.季度)?");
    private static final EntryRegion NONE = new EntryRegion(null, null, null, null);

    /** Resolves {@code raw}; an empty or unreadable place gives all nulls. */
    public static EntryRegion resolve(String raw, Map<String, String> record, Map<String, String> fields) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        RegionNormalizer regions = RegionNormalizer.standard();
        RegionMatch match = regions.resolve(raw, context(record, fields).orElse(null));
        if (!match.isResolved()) {
            return NONE;
        }
        return of(match.code());
    }

    /** The reading of a known six-digit code. */
    public static EntryRegion of(String code) {
        RegionNormalizer regions = RegionNormalizer.standard();
        return regions.byCode(code)
                .map(r -> new EntryRegion(code, r.level().name().toLowerCase(Locale.ROOT),
                        regions.provinceOf(code).orElse(null), regions.prefectureOf(code).orElse(null)))
                .orElse(NONE);
    }

    /** The first unambiguous place named by the page's own hints, most specific hint first. */
    static Optional<String> context(Map<String, String> record, Map<String, String> fields) {
        RegionNormalizer regions = RegionNormalizer.standard();
        return Stream.of(record.get("province"), record.get("source_org"), record.get("list_name"),
                        fields.get("list_name"), fields.get("source"), fields.get("title"))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> regions.resolve(LEADING_DATE.matcher(TextNormalizer.key(s)).replaceFirst("")))
                .filter(RegionMatch::isResolved)
                .map(RegionMatch::code)
                .findFirst();
    }
}
