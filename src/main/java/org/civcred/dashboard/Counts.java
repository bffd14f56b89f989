package org.civcred.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes counts into the series the page's charts draw: {@code [{key, label, count}]}. */
final class Counts {

    private Counts() {
    }

    /** In key order (months sort as text). */
    static List<Map<String, Object>> series(Map<String, Integer> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((key, count) -> out.add(point(key, key, count)));
        return out;
    }

    /** Provinces by count, largest first, labelled with their names. */
    static List<Map<String, Object>> provinces(Map<String, Integer> counts, RegionLabels labels) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> point(e.getKey(), "000000".equals(e.getKey()) ? "unknown" : labels.name(e.getKey()),
                        e.getValue()))
                .toList();
    }

    static Map<String, Object> point(String key, String label, int count) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("key", key);
        p.put("label", label);
        p.put("count", count);
        return p;
    }
}
