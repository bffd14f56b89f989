package org.civcred.mirror.site;

import java.time.LocalDate;

/** Dates as Chinese documents write them: 二〇一八年一月, 2018年1月15日. */
public final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] MONTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private ChineseDates() {
    }

    /** 二〇一八年一月. */
    public static String numeralMonth(LocalDate d) {
        StringBuilder y = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            y.append(DIGITS.charAt(c - '0'));
        }
        return y + "年" + MONTHS[d.getMonthValue() - 1] + "月";
    }

    /** 2018年1月15日. */
    public static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
