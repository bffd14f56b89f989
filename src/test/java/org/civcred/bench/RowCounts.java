package org.civcred.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civcred.tables.TableCatalog;

/**
 * Rows per table, counted the way a user would: one {@code bin/civcred sql} query in a child JVM
 * (Delta answers count(*) from its log's statistics, so this reads no data file).
 */
final class RowCounts {

    private final Map<String, Long> rows;

    private RowCounts(Map<String, Long> rows) {
        this.rows = rows;
    }

    static RowCounts of(String civcred, Path data, Path logs, Map<String, String> env) {
        List<String> tables = TableCatalog.ALL.stream().filter(t -> Files.isDirectory(data.resolve("tables").resolve(t).resolve("_delta_log"))).toList();
        if (tables.isEmpty()) {
            return new RowCounts(Map.of());
        }
        String query = tables.stream().map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM " + t)
                .collect(Collectors.joining(" UNION ALL "));
        ChildRun.Outcome out = ChildRun.run("count", List.of(civcred, "sql", "--data", data.toString(), "--format", "json", query),
                env, logs.resolve("count.log"));
        Map<String, Long> rows = new LinkedHashMap<>();
        if (!out.succeeded()) {
            return new RowCounts(rows);
        }
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(out.log(), StandardCharsets.UTF_8)) {
                if (line.startsWith("{\"t\"")) {
                    JsonNode n = json.readTree(line);
                    rows.put(n.get("t").asText(), n.get("n").asLong());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the row counts in " + out.log(), e);
        }
        return new RowCounts(rows);
    }

    /** Rows of a table; 0 when it was not written. */
    long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
