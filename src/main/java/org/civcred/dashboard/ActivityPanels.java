package org.civcred.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The panels beside the persons table: republication lags, cross-mentions over time, the top
 * shared terms per family and the cities. Each applies the filters its table can answer
 * (overlap_articles has no region; only persons carry categories) and says which it ignored.
 */
final class ActivityPanels {

    /** Lag histogram bucket edges in days: same day, within a week, a month, a quarter, a year, later. */
    static final int[] LAG_EDGES = {0, 1, 8, 31, 91, 366};
    static final int TOP_TERMS = 10;

    private ActivityPanels() {
    }

    /** Republished members (not the first publication) by days after the first, bucketed. */
    static Map<String, Object> articles(List<Map<String, Object>> rows, Filters f) {
        int[] buckets = new int[LAG_EDGES.length];
        Set<Object> clusters = new HashSet<>();
        for (Map<String, Object> a : rows) {
            if (Boolean.TRUE.equals(a.get("is_first")) || !(a.get("lag_days") instanceof Integer lag)
                    || !f.monthMatches(a.get("first_date"))) {
                continue;
            }
            clusters.add(a.get("cluster_id"));
            int b = 0;
            while (b + 1 < LAG_EDGES.length && lag >= LAG_EDGES[b + 1]) {
                b++;
            }
            buckets[b]++;
        }
        List<Map<String, Object>> histogram = new ArrayList<>();
        for (int b = 0; b < LAG_EDGES.length; b++) {
            histogram.add(Counts.point(String.valueOf(LAG_EDGES[b]), lagLabel(b), buckets[b]));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clusters", clusters.size());
        out.put("republications", Arrays.stream(buckets).sum());
        out.put("lagHistogram", histogram);
        out.put("ignored", ignored(f, true, false));
        return out;
    }

    static String lagLabel(int bucket) {
        if (bucket == 0) {
            return "same day";
        }
        int from = LAG_EDGES[bucket];
        return bucket + 1 < LAG_EDGES.length ? from + "–" + (LAG_EDGES[bucket + 1] - 1) + " d" : "≥ " + from + " d";
    }

    /** Documents naming the other program, per month and the family that names it. */
    static Map<String, Object> mentions(List<Map<String, Object>> rows, Filters f) {
        Map<String, Map<String, Integer>> perMonth = new TreeMap<>();
        Set<Object> docs = new HashSet<>();
        for (Map<String, Object> m : rows) {
            if (!f.provinceMatches(m.get("region_code")) || !f.monthMatches(m.get("published_date"))) {
                continue;
            }
            LocalDate date = (LocalDate) m.get("published_date");
            String month = date == null ? "unknown" : Filters.monthOf(date);
            String key = month + "|" + m.get("doc_id");
            if (docs.add(key)) {
                perMonth.computeIfAbsent(month, k -> new TreeMap<>()).merge((String) m.get("family"), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        perMonth.forEach((month, byFamily) -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("key", month);
            point.put("credit", byFamily.getOrDefault("credit", 0));
            point.put("civilization", byFamily.getOrDefault("civilization", 0));
            series.add(point);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", docs.size());
        out.put("perMonth", series);
        out.put("ignored", ignored(f, false, false));
        return out;
    }

    /** Per family, the terms used by both families, by documents containing them. */
    static Map<String, Object> terms(List<Map<String, Object>> rows, Filters f) {
        Map<String, Map<String, Long>> docsByFamily = new TreeMap<>();
        Map<String, String> groups = new TreeMap<>();
        for (Map<String, Object> t : rows) {
            if (!f.provinceMatches(t.get("province_code")) || !f.monthMatchesText(t.get("month"))) {
                continue;
            }
            docsByFamily.computeIfAbsent((String) t.get("family"), k -> new TreeMap<>())
                    .merge((String) t.get("term"), ((Number) t.get("doc_count")).longValue(), Long::sum);
            groups.put((String) t.get("term"), (String) t.get("term_group"));
        }
        Set<String> shared = new HashSet<>(docsByFamily.getOrDefault("credit", Map.of()).keySet());
        shared.retainAll(docsByFamily.getOrDefault("civilization", Map.of()).keySet());
        Map<String, Object> out = new LinkedHashMap<>();
        for (String family : List.of("civilization", "credit")) {
            out.put(family, docsByFamily.getOrDefault(family, Map.of()).entrySet().stream()
                    .filter(e -> shared.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_TERMS)
                    .map(e -> Map.<String, Object>of("term", e.getKey(), "group", groups.get(e.getKey()),
                            "docs", e.getValue()))
                    .toList());
        }
        out.put("shared", shared.size());
        out.put("ignored", ignored(f, false, false));
        return out;
    }

    /** The cities in the chosen province, most overlapping persons first. */
    static Map<String, Object> cities(List<Map<String, Object>> rows, Filters f, RegionLabels labels) {
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> c : rows) {
            if (!f.provinceMatches(c.get("province_code"))) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            for (String column : List.of("city_code", "city_name", "province_code", "civilized_city_years",
                    "red_entries", "black_entries", "gov_bodies_on_black_lists", "cross_mentions",
                    "overlapping_persons")) {
                r.put(column, c.get(column));
            }
            r.put("province", labels.name((String) c.get("province_code")));
            kept.add(r);
        }
        kept.sort(Comparator.comparing((Map<String, Object> r) -> -((Number) r.get("overlapping_persons")).longValue())
                .thenComparing(r -> (String) r.get("city_code")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", kept);
        out.put("ignored", ignored(f, false, true));
        return out;
    }

    /** The filters set on the page that this panel cannot apply. */
    private static List<String> ignored(Filters f, boolean noProvince, boolean noMonth) {
        List<String> out = new ArrayList<>();
        if (noProvince && f.province() != null) {
            out.add("province");
        }
        if (noMonth && f.month() != null) {
            out.add("month");
        }
        if (f.category() != null) {
            out.add("category");
        }
        return out;
    }
}
