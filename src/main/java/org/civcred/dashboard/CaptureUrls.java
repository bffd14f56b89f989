package org.civcred.dashboard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.civcred.serve.KernelTables;

/**
 * The URL each capture id archived, from the captures table. Gold rows keep their URLs and capture
 * ids in two arrays that are not ordered alike, so a source link pairs them through this lookup.
 * Answers are cached while the captures table keeps its version; ids not yet asked about cost one
 * scan of the id and URL columns.
 */
final class CaptureUrls {

    private final KernelTables tables;
    private long version = -1;
    private final Map<String, String> urls = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    CaptureUrls(KernelTables tables) {
        this.tables = tables;
    }

    /** Capture id → URL for those of {@code ids} the captures table holds. */
    synchronized Map<String, String> urls(Set<String> ids) {
        OptionalLong current = tables.version("captures");
        if (current.isEmpty()) {
            return Map.of();
        }
        if (current.getAsLong() != version) {
            version = current.getAsLong();
            urls.clear();
            asked.clear();
        }
        Set<String> fresh = new HashSet<>(ids);
        fresh.removeAll(asked);
        if (!fresh.isEmpty()) {
            for (Map<String, Object> row : tables.rowsWhere("captures", "capture_id", fresh, List.of("url"),
                    Integer.MAX_VALUE)) {
                urls.put((String) row.get("capture_id"), (String) row.get("url"));
            }
            asked.addAll(fresh);
        }
        Map<String, String> out = new HashMap<>();
        ids.forEach(id -> {
            if (urls.containsKey(id)) {
                out.put(id, urls.get(id));
            }
        });
        return out;
    }
}
