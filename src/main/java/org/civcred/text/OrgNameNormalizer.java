package org.civcred.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises organisation names from credit lists (red and black lists, court-defaulter records) and
 * news, and reads legal form, branch, region and government status off the wording.
 *
 * <p>Why government status: the civilized-city assessment deducts points when government bodies appear
 * on court-defaulter lists, so the overlap tables count them per city. The test is by wording only:
 * strong markers (人民政府, 法院, 检察院, 管委会, 街道办事处 …), a government suffix (…局, …厅, …委员会,
 * …委) or an office or centre with a government word before it; a company form, village and residents'
 * committees, and utility bureaus that are companies (供电局, 邮政局) are never government bodies.
 *
 * <p>Pure and thread-safe.
 */
public final class OrgNameNormalizer {

    private static final Pattern PARTNERSHIP = Pattern.compile("[（(]?(特殊普通合伙|普通合伙|有限合伙)[）)]?$");
    private static final List<String> BRANCH_WORDS = List.of(
            "分公司", "支公司", "分行", "支行", "营业部", "营业所", "分理处", "储蓄所", "分店", "分部", "分厂", "分社");
    private static final List<String> PARENT_ANCHORS = List.of(
            "股份有限公司", "有限公司", "（有限合伙）", "公司", "银行", "集团", "信用社", "联社", "分行", "分公司");
    private static final List<String> STRONG_GOVERNMENT = List.of(
            "人民政府", "法院", "检察院", "人民代表大会", "人大常委会", "政协", "管理委员会", "管委会", "街道办事处",
            "派出所", "公安局", "文明办", "人民武装部");
    private static final List<String> GOVERNMENT_SUFFIXES = List.of("局", "厅", "委员会", "委", "署", "政府");
    private static final List<String> OFFICE_SUFFIXES = List.of("办公室", "中心", "办", "所", "队");
    private static final List<String> GOVERNMENT_WORDS = List.of(
            "政府", "局", "委", "厅", "政务", "党", "人大", "政协", "领导小组", "公共资源交易", "不动产登记", "执法");
    private static final List<String> NEVER_GOVERNMENT = List.of(
            "公司", "银行", "集团", "合作社", "企业", "厂", "店", "学校", "医院", "村民委员会", "居民委员会", "村委会",
            "居委会", "业主委员会", "事务所", "供电局", "电业局", "邮政局", "铁路局");
    private static final String UNIT_ENDINGS = "省市县区州盟旗";

    private OrgNameNormalizer() {
    }

    public static OrgName parse(String raw) {
        String s = canonical(raw);
        String branchWord = BRANCH_WORDS.stream().filter(s::endsWith).findFirst().orElse("");
        boolean branch = !branchWord.isEmpty() && s.length() > branchWord.length();
        String parent = branch ? parentOf(s, s.length() - branchWord.length()) : "";
        LegalForm form = legalForm(branch ? parent : s);
        String[] region = region(s);
        boolean government = form == LegalForm.NONE && (isGovernment(s) || isGovernment(withoutPlace(s, region[0])));
        return new OrgName(s, raw == null ? "" : raw, form, branch, parent, region[0], region[1], government);
    }

    /** The normalised name only. */
    public static String normalize(String raw) {
        return canonical(raw);
    }

    /** Simplified, spaceless, full-width round brackets, canonical legal-form words. */
    private static String canonical(String raw) {
        String s = TextNormalizer.simplify(TextNormalizer.cleanLine(raw));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '“', '”', '"', '。' -> {
                }
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                default -> out.append(c);
            }
        }
        String name = out.toString().replace("有限责任公司", "有限公司").replace("股份公司", "股份有限公司");
        Matcher partnership = PARTNERSHIP.matcher(name);
        if (partnership.find() && partnership.start() > 0) {
            name = name.substring(0, partnership.start()) + "（" + partnership.group(1) + "）";
        }
        return name;
    }

    private static LegalForm legalForm(String name) {
        if (name.endsWith("（有限合伙）")) {
            return LegalForm.LIMITED_PARTNERSHIP;
        }
        if (name.endsWith("（特殊普通合伙）")) {
            return LegalForm.SPECIAL_GENERAL_PARTNERSHIP;
        }
        if (name.endsWith("（普通合伙）")) {
            return LegalForm.GENERAL_PARTNERSHIP;
        }
        if (name.endsWith("股份有限公司")) {
            return LegalForm.JOINT_STOCK;
        }
        if (name.endsWith("有限公司")) {
            return LegalForm.LIMITED_LIABILITY;
        }
        if (name.endsWith("个人独资企业")) {
            return LegalForm.SOLE_PROPRIETORSHIP;
        }
        return name.endsWith("合作社") ? LegalForm.COOPERATIVE : LegalForm.NONE;
    }

    /** The name up to the last parent anchor before the branch part, or empty when none shows. */
    private static String parentOf(String name, int branchStart) {
        int best = -1;
        for (String anchor : PARENT_ANCHORS) {
            int at = name.lastIndexOf(anchor, branchStart - anchor.length());
            if (at >= 0) {
                best = Math.max(best, at + anchor.length());
            }
        }
        return best > 0 ? name.substring(0, best) : "";
    }

    /** {place text, code} from a leading place or a bracketed one. */
    private static String[] region(String name) {
        RegionNormalizer regions = RegionNormalizer.standard();
        RegionMatch leading = regions.resolve(leadingClause(name));
        String text = leading.matchedText();
        if (!text.isEmpty() && name.startsWith(text) && !isBareCountyShortName(leading, text)) {
            return new String[] {text, leading.code()};
        }
        int open = name.indexOf('（');
        int close = open < 0 ? -1 : name.indexOf('）', open);
        if (close > open + 1) {
            String inside = name.substring(open + 1, close);
            RegionMatch bracketed = regions.resolve(inside);
            if (inside.equals(bracketed.matchedText())) {
                return new String[] {inside, bracketed.code()};
            }
        }
        return new String[] {"", ""};
    }

    /**
     * A county's short name alone at the start ({@code 平安银行}: 平安区) is too often a trade name to be
     * read as a place; with a unit word or after a higher level ({@code 河南桐柏…}) it is a place.
     */
    private static boolean isBareCountyShortName(RegionMatch match, String text) {
        if (UNIT_ENDINGS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        if (!match.isResolved()) {
            return true;
        }
        return match.level() == RegionLevel.COUNTY
                && RegionNormalizer.standard().byCode(match.code()).map(r -> r.shortName().equals(text)).orElse(false);
    }

    /** The name before its first bracket, so that only a leading place is read here. */
    private static String leadingClause(String name) {
        int open = name.indexOf('（');
        return open < 0 ? name : name.substring(0, open);
    }

    /**
     * The name after its leading place, or empty: a place name may hold a word that alone would mean
     * a business (驻马店 contains 店), so a body is also judged by what follows its place.
     */
    private static String withoutPlace(String name, String place) {
        return !place.isEmpty() && name.startsWith(place) && name.length() > place.length()
                ? name.substring(place.length()) : "";
    }

    private static boolean isGovernment(String name) {
        if (NEVER_GOVERNMENT.stream().anyMatch(name::contains) && STRONG_GOVERNMENT.stream().noneMatch(name::endsWith)) {
            return false;
        }
        if (STRONG_GOVERNMENT.stream().anyMatch(name::contains)) {
            return true;
        }
        if (GOVERNMENT_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return true;
        }
        for (String office : OFFICE_SUFFIXES) {
            if (name.endsWith(office)) {
                String before = name.substring(0, name.length() - office.length());
                return GOVERNMENT_WORDS.stream().anyMatch(before::contains);
            }
        }
        return false;
    }
}
