package org.civcred.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises person names from list cells, API fields and the first clause of profile sentences.
 *
 * <p>Steps, in order: Unicode clean-up ({@link TextNormalizer#cleanLine}); a leading {@code 姓名：}
 * label and list numbering ({@code 1.}, {@code （1）}, {@code 一、}) removed; bracketed notes of any
 * bracket style removed ({@code （女）}, {@code (已故)}, {@code 〔追授〕}, {@code 【见义勇为】}); the text cut
 * at the first separator, so {@code 张秀英，女，1962年3月生…} gives {@code 张秀英} and
 * {@code 王秀兰、李桂英夫妇} gives its first name; name dots unified to {@code ·}; spaces next to
 * Chinese characters removed ({@code 刘 洋}); traditional characters simplified, except 乾 and 於,
 * which are also simplified characters used in names; trailing titles and honorifics removed
 * ({@code 同志}, {@code 老人}, {@code 等} …) as long as two characters remain.
 *
 * <p>Pure and thread-safe.
 */
public final class NameNormalizer {

    private static final Pattern LABEL = Pattern.compile("^(?:姓名|名字|name)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\d{1,3}\\s*[.、,，)）:：]|[(（]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}\\s*[、.]|\\d{1,3}(?=\\p{IsHan}))\\s*");
    private static final String OPENERS = "(（〔【[［〈《<";
    private static final String CLOSERS = ")）〕】]］〉》>";
    private static final String SEPARATORS = "，,、；;：:。/\n";
    private static final String KEEP_UNSIMPLIFIED = "乾於";
    private static final List<String> TITLES = byLengthDescending(List.of(
            "同志", "先生", "女士", "小姐", "老师", "医生", "大夫", "师傅", "老人", "老汉", "大爷", "大娘", "大妈", "阿姨",
            "奶奶", "爷爷", "婆婆", "老伯", "伯伯", "叔叔", "大姐", "大哥", "同学", "教授", "院士", "书记", "主任",
            "村长", "支书", "校长", "警官", "民警", "烈士", "等", "等人", "等同志", "夫妇", "夫妻", "一家", "一家人",
            "家庭", "母女", "父子", "母子", "兄弟", "姐妹", "小朋友", "老先生", "老太太", "老党员"));
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "慕容", "尉迟", "东方", "夏侯", "司徒", "司空", "公孙",
            "长孙", "宇文", "轩辕", "独孤", "端木", "南宫", "西门", "万俟", "闻人", "呼延", "澹台", "公冶", "宗政",
            "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "赫连", "拓跋", "百里", "东郭", "左丘", "公羊", "谷梁",
            "梁丘", "第五", "乐正", "仲孙", "叔孙", "漆雕", "巫马", "公西", "亓官", "司寇", "子车", "颛孙", "壤驷",
            "鲜于", "闾丘");
    private static final String MASK_MARKS = "*×X";
    private static final String QUOTES = "“”‘’\"'「」『』";
    private static final Pattern SPACED_GENDER = Pattern.compile("\\s+([男女])(?:\\s.*)?$");

    private NameNormalizer() {
    }

    /** The normalised name; never null, empty fields when {@code raw} holds no name. */
    public static PersonName parse(String raw) {
        List<String> dropped = new ArrayList<>();
        String s = TextNormalizer.clean(raw);
        s = LABEL.matcher(s).replaceFirst("");
        s = NUMBERING.matcher(s).replaceFirst("");
        s = removeBracketed(s, dropped);
        s = cutAtSeparator(s);
        s = removeSpacedGender(s, dropped);
        s = removeQuotes(s);
        s = unifyDots(s);
        s = removeSpacesNearHan(s);
        s = Simplifier.simplifyKeeping(s, KEEP_UNSIMPLIFIED);
        s = stripTitles(s, dropped);
        s = s.replace('×', '*');
        if (s.codePoints().noneMatch(c -> Character.isLetter(c) || c == '*')) {
            s = ""; // placeholders such as —— or / hold no name
        }
        boolean masked = isMasked(s);
        boolean minority = s.indexOf('·') >= 0;
        return new PersonName(s, raw == null ? "" : raw, minority, surnameOf(s, minority), masked, dropped);
    }

    /** The normalised name only; shorthand for {@code parse(raw).normalized()}. */
    public static String normalize(String raw) {
        return parse(raw).normalized();
    }

    private static String removeBracketed(String s, List<String> dropped) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int kind = OPENERS.indexOf(s.charAt(i));
            if (kind < 0) {
                out.append(s.charAt(i++));
                continue;
            }
            int close = s.indexOf(CLOSERS.charAt(kind), i + 1);
            int end = close < 0 ? s.length() : close;
            String note = s.substring(i + 1, end).strip();
            if (!note.isEmpty()) {
                dropped.add(note);
            }
            i = close < 0 ? s.length() : close + 1;
        }
        return out.toString().strip();
    }

    /** {@code 王秀兰 女} and {@code 王秀兰 女 汉族}: a gender standing apart after the name. */
    private static String removeSpacedGender(String s, List<String> dropped) {
        Matcher m = SPACED_GENDER.matcher(s);
        if (m.find() && m.start() > 0) {
            dropped.add(m.group(1));
            return s.substring(0, m.start());
        }
        return s;
    }

    private static String removeQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (QUOTES.indexOf(s.charAt(i)) < 0) {
                out.append(s.charAt(i));
            }
        }
        return out.toString().strip();
    }

    private static String cutAtSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    /** Every middle-dot variant becomes {@code ·}; a full stop counts as one only between Chinese characters. */
    private static String unifyDots(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dot = TextNormalizer.NAME_DOTS.indexOf(c) >= 0 || c == '\u00B7'
                    || c == '.' && i > 0 && i + 1 < s.length() && isHanNear(s, i);
            if (!dot) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '·') {
                out.append('·');
            }
        }
        while (out.length() > 0 && (out.charAt(out.length() - 1) == '·' || out.charAt(out.length() - 1) == ' ')) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isHanNear(String s, int dotAt) {
        return isHan(s.codePointBefore(dotAt)) && isHan(s.codePointAt(dotAt + 1));
    }

    private static String removeSpacesNearHan(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                boolean hanBefore = out.length() > 0 && (isHan(out.charAt(out.length() - 1)) || out.charAt(out.length() - 1) == '·');
                int next = i + 1;
                while (next < s.length() && s.charAt(next) == ' ') {
                    next++;
                }
                boolean hanAfter = next < s.length() && (isHan(s.codePointAt(next)) || s.charAt(next) == '·');
                if (hanBefore || hanAfter || out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static String stripTitles(String s, List<String> dropped) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String title : TITLES) {
                if (s.endsWith(title) && s.length() - title.length() >= 2) {
                    dropped.add(title);
                    s = s.substring(0, s.length() - title.length());
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    private static boolean isMasked(String name) {
        if (name.isEmpty()) {
            return false;
        }
        boolean hasHan = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' || c == '某' || c == '○' || c == '〇') {
                return true;
            }
            hasHan |= isHan(c);
        }
        if (hasHan) {
            for (int i = 0; i < name.length(); i++) {
                if (MASK_MARKS.indexOf(Character.toUpperCase(name.charAt(i))) >= 0) {
                    return true;
                }
            }
            // a surname alone, or a surname with a title (王先生, 李老师), names nobody in particular
            return name.codePointCount(0, name.length()) == 1 || endsWithTitleOnly(name);
        }
        return false;
    }

    private static boolean endsWithTitleOnly(String name) {
        for (String title : TITLES) {
            if (name.endsWith(title) && name.length() - title.length() <= 1) {
                return true;
            }
        }
        return false;
    }

    private static String surnameOf(String name, boolean minority) {
        if (minority || name.isEmpty() || !isHan(name.codePointAt(0)) || name.charAt(0) == '某') {
            return "";
        }
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.substring(0, Character.charCount(name.codePointAt(0)));
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static List<String> byLengthDescending(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }
}
