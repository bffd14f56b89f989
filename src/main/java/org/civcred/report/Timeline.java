package org.civcred.report;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per month for one or more series laid on one continuous time axis: every month between the
 * first and the last appears, empty ones as zero, so gaps read as gaps. Beyond {@link #MAX_MONTHS}
 * months the bars would be too thin to label, so the axis switches to years.
 *
 * @param unit       "month" or "year"
 * @param categories axis labels, oldest first ({@code 2019-03} or {@code 2019})
 * @param series     for each series name, one count per category
 */
public record Timeline(String unit, List<String> categories, Map<String, List<Long>> series) {

    static final int MAX_MONTHS = 36;

    /** Lays out {@code counts} (series → month → count); series keep their given order. */
    public static Timeline of(Map<String, Map<YearMonth, Long>> counts) {
        TreeMap<YearMonth, Long> all = new TreeMap<>();
        counts.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Long::sum)));
        if (all.isEmpty()) {
            return new Timeline("month", List.of(), Map.of());
        }
        YearMonth first = all.firstKey();
        YearMonth last = all.lastKey();
        boolean byYear = first.until(last, ChronoUnit.MONTHS) + 1 > MAX_MONTHS;
        List<String> categories = new ArrayList<>();
        if (byYear) {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                categories.add(Integer.toString(y));
            }
        } else {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                categories.add(m.toString());
            }
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        counts.forEach((name, months) -> {
            Map<String, Long> bucketed = new TreeMap<>();
            months.forEach((m, n) -> bucketed.merge(byYear ? Integer.toString(m.getYear()) : m.toString(), n, Long::sum));
            series.put(name, categories.stream().map(c -> bucketed.getOrDefault(c, 0L)).toList());
        });
        return new Timeline(byYear ? "year" : "month", List.copyOf(categories), series);
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }

    /** Sum over every series and category. */
    public long total() {
        return series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }
}
