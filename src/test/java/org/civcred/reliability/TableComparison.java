package org.civcred.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.civcred.tables.TableCatalog;

/**
 * Compares every catalog table of two data directories as multisets of content rows. Rows are
 * counted by a 64-bit hash of their content, so memory grows with the number of distinct rows, not
 * their size; a second pass finds a few examples when a table differs.
 *
 * <p>Not compared row by row: {@code job_runs} and {@code dq_results} (a log of every run and its
 * checks: a killed directory has more runs by design) and {@code ingest_files} (one row per WARC
 * file, and each resumed crawl writes its own file); {@link DeltaAudit} still checks them.
 */
final class TableComparison {

    static final Set<String> RUN_LOGS = Set.of("job_runs", "dq_results", "ingest_files");
    private static final int EXAMPLES = 3;

    private final DeltaReader reader = new DeltaReader();
    private final Set<String> ignored;

    TableComparison() {
        this(Set.of());
    }

    /** @param ignored columns left out of the content besides {@link RowText#VOLATILE} */
    TableComparison(Set<String> ignored) {
        this.ignored = Set.copyOf(ignored);
    }

    static List<String> comparedTables() {
        return TableCatalog.ALL.stream().filter(t -> !RUN_LOGS.contains(t)).toList();
    }

    List<TableDiff> compare(Path reference, Path killed) {
        List<TableDiff> diffs = new ArrayList<>();
        for (String table : comparedTables()) {
            diffs.add(compare(table, tablePath(reference, table), tablePath(killed, table)));
        }
        return diffs;
    }

    private TableDiff compare(String table, Path reference, Path killed) {
        Map<Long, Integer> expected = counts(reference);
        Map<Long, Integer> actual = counts(killed);
        long lost = 0;
        long duplicates = 0;
        long unexpected = 0;
        Set<Long> differing = new HashSet<>();
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            int have = actual.getOrDefault(e.getKey(), 0);
            lost += Math.max(0, e.getValue() - have);
            duplicates += have > e.getValue() ? have - e.getValue() : 0;
            if (have != e.getValue()) {
                differing.add(e.getKey());
            }
        }
        for (Map.Entry<Long, Integer> e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                unexpected += e.getValue();
                differing.add(e.getKey());
            }
        }
        List<String> examples = new ArrayList<>();
        if (!differing.isEmpty()) {
            examples.addAll(examples(reference, "reference ", differing));
            examples.addAll(examples(killed, "killed ", differing));
        }
        return new TableDiff(table, sum(expected), sum(actual), lost, duplicates, unexpected, examples);
    }

    private Map<Long, Integer> counts(Path table) {
        Map<Long, Integer> counts = new HashMap<>();
        if (exists(table)) {
            reader.scan(table.toString(), OptionalLong.empty(),
                    row -> counts.merge(RowText.hash64(RowText.content(row, ignored)), 1, Integer::sum));
        }
        return counts;
    }

    private List<String> examples(Path table, String label, Set<Long> differing) {
        List<String> found = new ArrayList<>();
        if (exists(table)) {
            reader.scan(table.toString(), OptionalLong.empty(), row -> {
                String text = RowText.content(row, ignored);
                if (found.size() < EXAMPLES && differing.contains(RowText.hash64(text))) {
                    found.add(label + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
                }
            });
        }
        return found;
    }

    static Path tablePath(Path data, String table) {
        return data.resolve("tables").resolve(table);
    }

    static boolean exists(Path table) {
        return Files.isDirectory(table.resolve("_delta_log"));
    }

    private static long sum(Map<Long, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}
