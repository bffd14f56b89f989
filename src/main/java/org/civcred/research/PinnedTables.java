package org.civcred.research;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The version of each table a query reads, and why: the answer to "which data gave this figure".
 *
 * @param basis    what the versions were chosen by, e.g. {@code run fixture-1}, {@code latest}
 * @param versions table → pinned version, in catalog order
 * @param latest   table → latest version, for the report
 * @param absent   table → why it cannot be read at that point (created later)
 */
public record PinnedTables(String basis, Map<String, Long> versions, Map<String, Long> latest,
                           Map<String, String> absent) {

    public PinnedTables {
        versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        latest = Map.copyOf(latest);
        absent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(absent));
    }

    public OptionalLong version(String table) {
        Long v = versions.get(table);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** One line per table, for stderr: the figure's citation. */
    public String report() {
        StringBuilder s = new StringBuilder("table versions (" + basis + "):");
        versions.forEach((table, v) -> {
            s.append(System.lineSeparator()).append("  ").append(table).append(" v").append(v);
            Long last = latest.get(table);
            if (last != null && last != v.longValue()) {
                s.append(" (latest v").append(last).append(')');
            }
        });
        absent.forEach((table, why) -> s.append(System.lineSeparator()).append("  ").append(table)
                .append(" absent: ").append(why));
        return s.toString();
    }
}
