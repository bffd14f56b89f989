package org.civcred.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.civcred.serve.KernelTables;
import org.civcred.serve.TableRows;

/**
 * The gold tables the dashboard shows, each cached for as long as its Delta version stays the
 * same: every request asks Kernel for the latest version (a log listing, milliseconds) and rereads
 * a table only after a pipeline run has committed to it, so new data appears without a restart.
 */
final class GoldTables {

    /** The tables read; kept here rather than taken from the Spark-side catalog, which loads Spark. */
    static final List<String> NAMES = List.of("overlap_persons", "overlap_articles", "overlap_terms",
            "cross_mentions", "overlap_cities");

    /** A generous bound: gold tables are summaries, and the page must stay light. */
    static final int ROW_LIMIT = 200_000;

    private final KernelTables tables;
    private final Map<String, TableRows> cache = new ConcurrentHashMap<>();

    GoldTables(KernelTables tables) {
        this.tables = tables;
    }

    /** The latest rows of a table, or empty when it has not been written yet. */
    Optional<TableRows> rows(String table) {
        OptionalLong version = tables.version(table);
        if (version.isEmpty()) {
            cache.remove(table);
            return Optional.empty();
        }
        TableRows cached = cache.get(table);
        if (cached != null && cached.version() == version.getAsLong()) {
            return Optional.of(cached);
        }
        TableRows fresh = tables.read(table, List.of(), ROW_LIMIT);
        cache.put(table, fresh);
        return Optional.of(fresh);
    }

    /** Every gold table that exists, by name. */
    Map<String, TableRows> all() {
        Map<String, TableRows> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            rows(name).ifPresent(r -> out.put(name, r));
        }
        return out;
    }
}
