package org.civcred.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The overlapping persons under the filters: the table rows with their sources, and counts per
 * month and per province. A person's month is when both sides had published them: the later of
 * the two first dates.
 */
final class PersonsPanel {

    private PersonsPanel() {
    }

    /**
     * @param captureUrls pairs each source URL with its capture; null leaves sources without archived copies
     */
    static Map<String, Object> build(List<Map<String, Object>> persons, Filters filters, RegionLabels labels,
                                     CaptureUrls captureUrls) {
        List<Map<String, Object>> kept = persons.stream().filter(p -> matches(p, filters))
                .sorted(Comparator.comparing((Map<String, Object> p) -> -((Number) p.get("probability")).doubleValue())
                        .thenComparing(p -> (String) p.get("name")))
                .toList();
        Set<String> captureIds = new HashSet<>();
        kept.forEach(p -> {
            captureIds.addAll(strings(p.get("civ_capture_ids")));
            captureIds.addAll(strings(p.get("credit_capture_ids")));
        });
        Map<String, String> urlOfCapture = captureUrls == null ? Map.of() : captureUrls.urls(captureIds);
        Map<String, Integer> perMonth = new TreeMap<>();
        Map<String, Integer> perProvince = new TreeMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> p : kept) {
            String month = overlapMonth(p);
            perMonth.merge(month == null ? "unknown" : month, 1, Integer::sum);
            String province = RegionLabels.provinceCode(p.get("region_code"));
            perProvince.merge(province == null ? "000000" : province, 1, Integer::sum);
            rows.add(row(p, month, labels, urlOfCapture));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", rows.size());
        out.put("rows", rows);
        out.put("perMonth", Counts.series(perMonth));
        out.put("perProvince", Counts.provinces(perProvince, labels));
        return out;
    }

    static boolean matches(Map<String, Object> p, Filters f) {
        return f.provinceMatches(p.get("region_code"))
                && f.monthMatchesText(overlapMonth(p))
                && (f.category() == null || categories(p).contains(f.category()));
    }

    static List<String> categories(Map<String, Object> p) {
        List<String> all = new ArrayList<>(strings(p.get("categories_civ")));
        all.addAll(strings(p.get("categories_credit")));
        return all;
    }

    static String overlapMonth(Map<String, Object> p) {
        LocalDate civ = (LocalDate) p.get("first_date_civ");
        LocalDate credit = (LocalDate) p.get("first_date_credit");
        LocalDate later = civ == null ? credit : credit == null ? civ : civ.isAfter(credit) ? civ : credit;
        return Filters.monthOf(later);
    }

    private static Map<String, Object> row(Map<String, Object> p, String month, RegionLabels labels,
                                           Map<String, String> urlOfCapture) {
        String region = (String) p.get("region_code");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("pair_id", p.get("pair_id"));
        r.put("name", p.get("name"));
        r.put("name_civ_raw", p.get("name_civ_raw"));
        r.put("name_credit_raw", p.get("name_credit_raw"));
        r.put("region_code", region);
        r.put("region", labels.path(region));
        r.put("categories_civ", strings(p.get("categories_civ")));
        r.put("categories_credit", strings(p.get("categories_credit")));
        r.put("list_kinds_credit", strings(p.get("list_kinds_credit")));
        r.put("first_date_civ", text(p.get("first_date_civ")));
        r.put("first_date_credit", text(p.get("first_date_credit")));
        r.put("month", month);
        r.put("lag_days", p.get("lag_days"));
        r.put("probability", p.get("probability"));
        r.put("civ_sources", Sources.pair(p.get("civ_urls"), p.get("civ_capture_ids"), urlOfCapture));
        r.put("credit_sources", Sources.pair(p.get("credit_urls"), p.get("credit_capture_ids"), urlOfCapture));
        return r;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
