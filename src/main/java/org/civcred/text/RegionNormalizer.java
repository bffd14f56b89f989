package org.civcred.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves place names at any level to GB/T 2260 codes: {@code 河南省南阳市桐柏县}, {@code 南阳市桐柏县},
 * {@code 桐柏县}, {@code 南阳}, {@code 河南南阳}, {@code 内蒙古}, {@code 广西壮族自治区}; also the address clause
 * of a profile sentence ({@code 张秀英，女，1962年3月生，河南省南阳市桐柏县城关镇居民}).
 *
 * <p>How: official names, short names and historic names ({@code 襄樊市} → 420600) are read from the
 * start of a clause, longest first, each next name required to lie inside the previous one, down to
 * county level; the text after the last recognised name (town, village, 居民) is ignored. A short name
 * directly followed by a unit word is refused ({@code 城关镇} does not name 城关区). Every clause of the
 * text is tried, and the clause naming the most levels wins.
 *
 * <p>Ambiguity: when several divisions fit equally ({@code 朝阳区} in Beijing and Changchun, {@code 鼓楼区}
 * in four cities), the result has no code and lists the candidates. A context code (province or
 * prefecture, e.g. the site's own region) narrows them; when nothing fits the context, the text is
 * resolved without it, because people honoured on one city's site may come from anywhere. A bare short
 * name that fits divisions at several levels means the highest one ({@code 吉林} the province,
 * {@code 南阳} the city).
 *
 * <p>Data: {@code /text/regions/} (see its README for source, licence and table date). The instance is
 * immutable and thread-safe; the table is read once per JVM, on first use.
 */
public final class RegionNormalizer {

    private static final Logger LOG = LoggerFactory.getLogger(RegionNormalizer.class);
    private static final String CLAUSE_BREAKS = "，,、；;：:。（）()\n";
    private static final String JOINERS = " ·・•-－—/|>";
    private static final String UNIT_CHARS = "省市县区州盟旗镇乡街村路道社里巷屯";
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private final RegionTable table;

    private RegionNormalizer(RegionTable table) {
        this.table = table;
    }

    private static final class Holder {
        static final RegionNormalizer STANDARD = create();

        private static RegionNormalizer create() {
            RegionTable table = RegionTable.load();
            LOG.info("Region table loaded: {} divisions, {} historic names", table.size(), table.aliasCount());
            return new RegionNormalizer(table);
        }
    }

    /** The normaliser over the vendored table, shared by every caller in the JVM. */
    public static RegionNormalizer standard() {
        return Holder.STANDARD;
    }

    /** Resolves {@code text} without context. */
    public RegionMatch resolve(String text) {
        return resolve(text, null);
    }

    /**
     * Resolves {@code text}, preferring divisions inside {@code contextCode} (2, 4 or 6 digits; a province
     * or prefecture such as {@code 120000} or {@code 3201}); a null or unknown context is ignored.
     */
    public RegionMatch resolve(String text, String contextCode) {
        String s = prepare(text);
        Optional<Region> context = byCode(padCode(contextCode));
        Parse best = bestParse(s, context);
        if (best == null && context.isPresent()) {
            best = bestParse(s, Optional.empty());
        }
        return best == null ? RegionMatch.none() : toMatch(best, s);
    }

    /** The division with this six-digit code. */
    public Optional<Region> byCode(String code) {
        return table.byCode(code);
    }

    /** The province-level code ({@code xx0000}) of a known code. */
    public Optional<String> provinceOf(String code) {
        return byCode(code).map(r -> r.code().substring(0, 2) + "0000");
    }

    /**
     * The prefecture-level code of a known code: itself for a prefecture; the enclosing prefecture for a
     * county; the municipality's own code for its districts (a municipality is province and city at once);
     * the county's own code for county-level units the province administers directly (济源市, 仙桃市,
     * 石河子市 …), which stand at prefecture level in practice. Empty for provinces.
     */
    public Optional<String> prefectureOf(String code) {
        Optional<Region> region = byCode(code);
        if (region.isEmpty() || region.get().level() == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        Region r = region.get();
        if (r.level() == RegionLevel.PREFECTURE) {
            return Optional.of(r.code());
        }
        String enclosing = r.code().substring(0, 4) + "00";
        if (byCode(enclosing).isPresent()) {
            return Optional.of(enclosing);
        }
        String province = r.code().substring(0, 2);
        return Optional.of(MUNICIPALITIES.contains(province) ? province + "0000" : r.code());
    }

    /** One reading of the text from one clause start. */
    private record Parse(int start, int end, List<RegionTable.NameEntry> entries, int levels, boolean anyFull) {
        int score() {
            return levels * 2 + (anyFull ? 1 : 0);
        }
    }

    private record Segment(int length, List<RegionTable.NameEntry> entries) {
    }

    private Parse bestParse(String s, Optional<Region> context) {
        Parse best = null;
        for (int start = 0; start < s.length(); start++) {
            if (start > 0 && CLAUSE_BREAKS.indexOf(s.charAt(start - 1)) < 0) {
                continue;
            }
            Parse parse = parseAt(s, start, context);
            if (parse != null && (best == null || parse.score() > best.score())) {
                best = parse;
            }
        }
        return best;
    }

    private Parse parseAt(String s, int start, Optional<Region> context) {
        List<RegionTable.NameEntry> live = null;
        int pos = start;
        int levels = 0;
        boolean anyFull = false;
        while (pos < s.length()) {
            Segment segment = longestSegment(s, pos, live, context);
            if (segment == null) {
                break;
            }
            live = segment.entries();
            pos += segment.length();
            levels++;
            anyFull |= live.stream().anyMatch(RegionTable.NameEntry::full);
            if (live.stream().allMatch(e -> e.region().level() == RegionLevel.COUNTY)) {
                break;
            }
        }
        return levels == 0 ? null : new Parse(start, pos, live, levels, anyFull);
    }

    private Segment longestSegment(String s, int pos, List<RegionTable.NameEntry> live, Optional<Region> context) {
        for (int len = Math.min(table.longestName(), s.length() - pos); len >= 2; len--) {
            List<RegionTable.NameEntry> entries = table.named(s.substring(pos, pos + len));
            if (entries.isEmpty()) {
                continue;
            }
            boolean unitFollows = pos + len < s.length() && UNIT_CHARS.indexOf(s.charAt(pos + len)) >= 0;
            List<RegionTable.NameEntry> fitting = new ArrayList<>();
            for (RegionTable.NameEntry e : entries) {
                boolean fitsChain = live == null
                        ? context.map(c -> related(c, e.region())).orElse(true)
                        : live.stream().anyMatch(l -> l.region().contains(e.region()));
                if (fitsChain && (e.full() || !unitFollows)) {
                    fitting.add(e);
                }
            }
            if (!fitting.isEmpty()) {
                return new Segment(len, fitting);
            }
        }
        return null;
    }

    private static boolean related(Region context, Region candidate) {
        return context.equals(candidate) || context.contains(candidate) || candidate.contains(context);
    }

    /** Full names before short ones, then higher levels before lower; the best group decides. */
    private RegionMatch toMatch(Parse parse, String s) {
        Map<String, RegionTable.NameEntry> byRegion = new LinkedHashMap<>();
        for (RegionTable.NameEntry e : parse.entries()) {
            byRegion.merge(e.region().code(), e, (a, b) -> a.full() ? a : b);
        }
        Comparator<RegionTable.NameEntry> rank = Comparator.comparing((RegionTable.NameEntry e) -> !e.full())
                .thenComparing(e -> e.region().level());
        List<RegionTable.NameEntry> ranked = byRegion.values().stream().sorted(rank).toList();
        RegionTable.NameEntry top = ranked.get(0);
        List<String> tied = ranked.stream().filter(e -> rank.compare(e, top) == 0).map(e -> e.region().code()).sorted().toList();
        String matched = s.substring(parse.start(), parse.end());
        if (tied.size() > 1) {
            return RegionMatch.ambiguous(tied, matched);
        }
        Region r = top.region();
        String province = provinceOf(r.code()).flatMap(this::byCode).map(Region::name).orElse("");
        String prefecture = prefectureOf(r.code()).flatMap(this::byCode).map(Region::name).orElse("");
        String county = r.level() == RegionLevel.COUNTY ? r.name() : "";
        return new RegionMatch(r.code(), r.level(), province, prefecture, county, List.of(r.code()), matched, top.note());
    }

    /** Simplified, without spaces or joining marks, and without a leading 中国. */
    private static String prepare(String text) {
        String s = TextNormalizer.simplify(TextNormalizer.cleanLine(text));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (JOINERS.indexOf(s.charAt(i)) < 0) {
                out.append(s.charAt(i));
            }
        }
        String joined = out.toString();
        for (String country : List.of("中华人民共和国", "中国")) {
            if (joined.startsWith(country)) {
                return joined.substring(country.length());
            }
        }
        return joined;
    }

    private static String padCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "";
        }
        return switch (code.length()) {
            case 2 -> code + "0000";
            case 4 -> code + "00";
            case 6 -> code;
            default -> "";
        };
    }
}
