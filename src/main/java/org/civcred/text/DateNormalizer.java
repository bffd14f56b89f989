package org.civcred.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in the shapes Chinese sites write them and returns them at the precision stated.
 *
 * <p>Recognised: {@code 2018年1月31日} (also 号, spaces inside), {@code 2018年01月}, {@code 2018年}/{@code 2018年度},
 * {@code 2018-01-31}, {@code 2018/1/31}, {@code 2018.01.31}, {@code 2018-01}, {@code 2018.01}, a
 * trailing time ({@code 2018-01-31 10:15:00}), eight digits standing alone ({@code 20180131}),
 * Chinese numerals ({@code 二〇一八年十二月三十一日}, zero written 〇, ○, 零, O or 0; 元月 for January),
 * and a cell holding nothing but a four-digit year. Text around a date is ignored
 * ({@code 发表时间：2018-01-31}, {@code 1962年3月生}).
 *
 * <p>A candidate that is not a plausible date (month 13, 2 月 30 日, a year outside 1900–2100) is
 * skipped as a whole, never shortened into a less precise date. Two-digit years ({@code 18年}) are
 * not read: they are ambiguous. Pure and thread-safe; patterns are compiled once.
 */
public final class DateNormalizer {

    private static final String CN_DIGITS = "〇○◯零Oo0一二三四五六七八九";
    private static final Pattern ARABIC_CJK = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<!\\d)(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile(
            "([" + CN_DIGITS + "]{4})\\s*年\\s*(?:([元一二三四五六七八九十]{1,3})\\s*月\\s*(?:([一二三四五六七八九十廿卅]{1,3})\\s*[日号])?)?");
    private static final Pattern YEAR_CELL = Pattern.compile("^(\\d{4})$");
    private static final List<Pattern> IN_TEXT = List.of(ARABIC_CJK, SEPARATED, COMPACT, CHINESE);

    private DateNormalizer() {
    }

    /** The first plausible date in {@code text}, or empty when there is none. */
    public static Optional<PartialDate> parse(String text) {
        List<PartialDate> all = scan(text, 1);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every plausible date in {@code text}, in reading order (e.g. a birth month, then an award month). */
    public static List<PartialDate> findAll(String text) {
        return scan(text, Integer.MAX_VALUE);
    }

    private static List<PartialDate> scan(String raw, int limit) {
        String text = TextNormalizer.cleanLine(raw);
        List<PartialDate> found = new ArrayList<>();
        Matcher cell = YEAR_CELL.matcher(text);
        if (cell.matches()) {
            PartialDate.of(Integer.parseInt(cell.group(1)), null, null).ifPresent(found::add);
            return found;
        }
        List<Matcher> matchers = IN_TEXT.stream().map(p -> p.matcher(text)).toList();
        int pos = 0;
        while (found.size() < limit && pos < text.length()) {
            Matcher best = earliest(matchers, pos);
            if (best == null) {
                break;
            }
            toDate(best).ifPresent(found::add);
            pos = best.end();
        }
        return found;
    }

    /** The match starting first at or after {@code pos}; at the same start, the longest. */
    private static Matcher earliest(List<Matcher> matchers, int pos) {
        Matcher best = null;
        for (Matcher m : matchers) {
            if (m.find(pos) && (best == null || m.start() < best.start()
                    || m.start() == best.start() && m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    private static Optional<PartialDate> toDate(Matcher m) {
        Pattern p = m.pattern();
        if (p == CHINESE) {
            return PartialDate.of(chineseYear(m.group(1)), chineseNumber(m.group(2)), chineseNumber(m.group(3)));
        }
        if (p == SEPARATED && ".".equals(m.group(2)) && m.group(4) == null && m.group(3).length() != 2) {
            return Optional.empty(); // 2018.5 is a decimal number far more often than May 2018
        }
        int dayGroup = p == SEPARATED ? 4 : 3;
        int monthGroup = p == SEPARATED ? 3 : 2;
        return PartialDate.of(Integer.parseInt(m.group(1)), number(m.group(monthGroup)), number(m.group(dayGroup)));
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static int chineseYear(String digits) {
        int year = 0;
        for (int i = 0; i < digits.length(); i++) {
            year = year * 10 + digitValue(digits.charAt(i));
        }
        return year;
    }

    /** 一…九, 十, 十一, 二十, 二十三, 廿三, 卅一, 元 (first month); null for null. */
    private static Integer chineseNumber(String numeral) {
        if (numeral == null) {
            return null;
        }
        if (numeral.equals("元")) {
            return 1;
        }
        int value = 0;
        int pending = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            switch (c) {
                case '十' -> {
                    value += (pending < 0 ? 1 : pending) * 10;
                    pending = -1;
                }
                case '廿' -> value += 20;
                case '卅' -> value += 30;
                case '元' -> {
                    return 0; // 元 only stands alone; 元二月 is not a month
                }
                default -> {
                    if (pending >= 0) {
                        return 0; // two digits in a row (一二月) is not how months or days are written
                    }
                    pending = digitValue(c);
                }
            }
        }
        return value + Math.max(pending, 0);
    }

    private static int digitValue(char c) {
        int index = CN_DIGITS.indexOf(c);
        return index < 7 ? 0 : index - 6;
    }
}
