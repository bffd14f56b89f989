package org.civcred.site.extract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one numbered line of a 诚信红黑榜 release into record values. A person line reads
 * {@code 王秀兰，女，桐柏县城关镇人，<deed>} or {@code 李某某，身份证号4113301985******12，<deed>}: the
 * name, then leading attribute clauses (gender, birth, masked id, "&lt;place&gt;人"), then the deed,
 * which may open with its category ({@code 孝老敬亲典型：…}).
 * An organisation line reads {@code 桐柏县XX有限公司：<deed>}.
 */
final class ReleaseItems {

    /** {@code 1.}, {@code 1、}, {@code 1．} or {@code （1）} before the item text. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[（(]\\d{1,3}[)）]|\\d{1,3}\\s*[.、．])\\s*(.+)$");
    private static final Pattern ID_CLAUSE = Pattern.compile("^(?:公民)?(?:身份证号码?|证件号码?)\\s*[：:]?\\s*(\\S+)$");
    private static final Pattern BIRTH_CLAUSE = Pattern.compile("^(\\d{4}年\\d{1,2}月)(?:\\d{1,2}日)?出?生$");
    private static final Pattern ORGANISATION = Pattern.compile("(公司|企业|厂|合作社|商行|店|中心|协会|医院|学校)$");
    /** {@code 孝老敬亲典型：<deed>}: the release names the deed category before the deed. */
    private static final Pattern TYPED_DEED = Pattern.compile("^([^，。：:]{2,8}?)典型\\s*[：:]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern PLACE = Pattern.compile("(省|市|县|区|镇|乡|村|街道|社区)");

    private ReleaseItems() {
    }

    /** The text after the item number, or null when the line is not a numbered item. */
    static String itemText(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? Texts.clean(m.group(1)) : null;
    }

    /** For items listed without a 企业/个人 heading: does the name part read like an organisation? */
    static boolean looksLikeOrganisation(String text) {
        int cut = firstOf(text, "：", ":", "，", ",");
        String name = cut < 0 ? text : text.substring(0, cut);
        return ORGANISATION.matcher(name).find();
    }

    static Map<String, String> person(String text) {
        Map<String, String> r = new LinkedHashMap<>();
        List<String> clauses = Arrays.asList(text.split("[，,]"));
        r.put("name", nameOf(clauses.get(0)));
        int i = 1;
        for (; i < clauses.size(); i++) {
            String c = Texts.clean(clauses.get(i));
            Matcher id = ID_CLAUSE.matcher(c);
            Matcher birth = BIRTH_CLAUSE.matcher(c);
            if ((c.equals("男") || c.equals("女")) && !r.containsKey("gender")) {
                r.put("gender", c);
            } else if (id.matches() && !r.containsKey("id_masked")) {
                r.put("id_masked", id.group(1));
            } else if (birth.matches() && !r.containsKey("birth")) {
                r.put("birth", birth.group(1));
            } else if (c.endsWith("人") && c.length() <= 24 && PLACE.matcher(c).find() && !r.containsKey("region")) {
                r.put("region", c.substring(0, c.length() - 1));
            } else {
                break;
            }
        }
        String deed = String.join("，", clauses.subList(Math.min(i, clauses.size()), clauses.size()));
        Matcher typed = TYPED_DEED.matcher(deed);
        if (typed.matches()) {
            r.put("category", typed.group(1));
            deed = typed.group(2);
        }
        r.put("deed", deed);
        return r;
    }

    static Map<String, String> organisation(String text) {
        Map<String, String> r = new LinkedHashMap<>();
        int cut = firstOf(text, "：", ":", "，", ",");
        r.put("name", cut < 0 ? text : text.substring(0, cut));
        r.put("deed", cut < 0 ? "" : text.substring(cut + 1));
        return r;
    }

    private static String nameOf(String clause) {
        int cut = firstOf(clause, "：", ":", "（", "(");
        return Texts.clean(cut < 0 ? clause : clause.substring(0, cut));
    }

    private static int firstOf(String text, String... marks) {
        int best = -1;
        for (String mark : marks) {
            int i = text.indexOf(mark);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
