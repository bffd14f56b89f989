package org.civcred.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.civcred.config.Errors;

/**
 * The page's filters, each optional: a province (two-digit GB/T 2260 prefix, given as its
 * six-digit code), a month (YYYY-MM) and a good-people or credit category.
 */
record Filters(String province, String month, String category) {

    static final Filters NONE = new Filters(null, null, null);

    /** Parses {@code province=120000&month=2019-05&category=…}; blank values mean no filter. */
    static Filters parse(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).trim();
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), value);
                }
            }
        }
        String province = blankToNull(params.get("province"));
        String month = blankToNull(params.get("month"));
        if (province != null && !province.matches("\\d{2}(\\d{4})?")) {
            throw Errors.usage("Filter province='" + province + "' is not a region code", "Give a code such as 120000");
        }
        if (month != null && !month.matches("\\d{4}-\\d{2}")) {
            throw Errors.usage("Filter month='" + month + "' is not a month", "Give it as YYYY-MM");
        }
        return new Filters(province == null ? null : province.substring(0, 2) + "0000", month,
                blankToNull(params.get("category")));
    }

    /** Whether a region code (any level) lies in the chosen province; true when no province is chosen. */
    boolean provinceMatches(Object regionCode) {
        if (province == null) {
            return true;
        }
        return regionCode instanceof String code && code.length() >= 2 && code.startsWith(province.substring(0, 2));
    }

    /** Whether a date falls in the chosen month; true when no month is chosen. */
    boolean monthMatches(Object date) {
        return month == null || month.equals(monthOf(date));
    }

    boolean monthMatchesText(Object yearMonth) {
        return month == null || month.equals(yearMonth);
    }

    static String monthOf(Object date) {
        return date instanceof LocalDate d ? d.toString().substring(0, 7) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
