package org.civcred.jobs.overlap.persons;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates u = P(level | different people) from random pairs: every civilization entity of a sample
 * against every credit entity of a sample (almost all such pairs are different people). For each
 * comparison, u of a level is its share among the pairs where the comparison is known, with add-one
 * smoothing so a level never seen still has a small, non-zero u.
 */
public final class UEstimator {

    private UEstimator() {
    }

    public static Map<Comparison, Map<String, Double>> estimate(List<PersonSide> civ, List<PersonSide> credit) {
        Map<Comparison, Map<String, Long>> counts = new EnumMap<>(Comparison.class);
        for (Comparison c : Comparison.values()) {
            counts.put(c, new HashMap<>());
        }
        for (PersonSide a : civ) {
            for (PersonSide b : credit) {
                for (Comparison c : Comparison.values()) {
                    String level = c.level(a, b);
                    if (!Comparison.UNKNOWN.equals(level)) {
                        counts.get(c).merge(level, 1L, Long::sum);
                    }
                }
            }
        }
        Map<Comparison, Map<String, Double>> u = new EnumMap<>(Comparison.class);
        for (Comparison c : Comparison.values()) {
            Map<String, Long> seen = counts.get(c);
            long known = seen.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> levels = new HashMap<>();
            for (String level : c.levels()) {
                levels.put(level, (seen.getOrDefault(level, 0L) + 1.0) / (known + c.levels().size()));
            }
            u.put(c, levels);
        }
        return u;
    }
}
