package org.civcred.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date known to year, month or day precision, as Chinese pages state them
 * ({@code 1962年3月生} gives a month, {@code 2018年度} a year).
 *
 * <p>Only plausible dates can be built: years 1900–2100, months 1–12, days that exist in their month.
 * A day requires a month. Use {@link #of} to get an empty result instead of an exception.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (!isValid(year, month, day)) {
            throw new IllegalArgumentException("not a plausible date: " + year + "-" + month + "-" + day);
        }
    }

    /** The date, or empty when the parts do not form a plausible date. */
    public static Optional<PartialDate> of(int year, Integer month, Integer day) {
        return isValid(year, month, day) ? Optional.of(new PartialDate(year, month, day)) : Optional.empty();
    }

    private static boolean isValid(int year, Integer month, Integer day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return false;
        }
        if (month == null) {
            return day == null;
        }
        if (month < 1 || month > 12) {
            return false;
        }
        return day == null || day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO 8601 at the known precision: {@code 2018}, {@code 2018-01} or {@code 2018-01-31}. */
    public String toIso() {
        StringBuilder iso = new StringBuilder(10).append(year);
        if (month != null) {
            iso.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day != null) {
            iso.append(day < 10 ? "-0" : "-").append(day);
        }
        return iso.toString();
    }

    /** The first day the date could stand for, e.g. 2018-01-01 for {@code 2018-01}; useful for ordering. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Earlier dates first; at the same first day, the less precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int byDay = firstDay().compareTo(other.firstDay());
        return byDay != 0 ? byDay : precision().compareTo(other.precision());
    }

    @Override
    public String toString() {
        return toIso();
    }
}
