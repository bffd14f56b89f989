package org.civcred.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The figures table of RELIABILITY.md, composed from every {@code <part>.json} the reliability
 * tests and commands wrote: one row per part (a known part without a file says "not run"), then
 * the totals. Counters a part does not measure show as a dash.
 */
public final class ReliabilityFigures {

    /** The parts RELIABILITY.md reports, in its order. */
    static final List<String> PARTS = List.of("faults", "crash", "bad-input", "privacy");

    private static final List<String> COUNTERS = List.of("faults_injected", "kills", "bad_inputs", "rows_lost",
            "duplicates", "unmasked_found");

    private ReliabilityFigures() {
    }

    public static void main(String[] args) {
        System.out.print(table(args.length > 0 ? Path.of(args[0]) : ReliabilityJson.dir()));
    }

    /** The markdown table for the JSON files in {@code dir}. */
    static String table(Path dir) {
        StringBuilder out = new StringBuilder();
        out.append("| part | command | checks | faults injected | kills survived | bad inputs tried | rows lost "
                + "| duplicates | unmasked identifiers found | seconds |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        long[] totals = new long[COUNTERS.size()];
        double seconds = 0;
        for (String part : parts(dir)) {
            Path file = dir.resolve(part + ".json");
            if (!Files.exists(file)) {
                out.append("| ").append(part).append(" | not run | | | | | | | | |\n");
                continue;
            }
            Map<String, Object> figures = read(file);
            out.append("| ").append(part).append(" | `").append(figures.getOrDefault("command", "?")).append("` | ")
                    .append(checks(figures));
            for (int i = 0; i < COUNTERS.size(); i++) {
                Object v = figures.get(COUNTERS.get(i));
                out.append(" | ").append(v instanceof Number n ? n.toString() : "–");
                totals[i] += v instanceof Number n ? n.longValue() : 0;
            }
            double s = figures.get("seconds") instanceof Number n ? n.doubleValue() : 0;
            seconds += s;
            out.append(" | ").append(String.format("%.0f", s)).append(" |\n");
        }
        out.append("| **total** | | |");
        for (long t : totals) {
            out.append(" ").append(t).append(" |");
        }
        out.append(String.format(" %.0f |%n", seconds));
        return out.toString();
    }

    /** "passed" or "N failed", with the number of checks when the part counts them. */
    private static String checks(Map<String, Object> figures) {
        Object failed = figures.get("checks_failed");
        Object total = figures.get("checks");
        String prefix = total instanceof Number n ? n + " checks, " : "";
        if (!(failed instanceof Number f)) {
            return prefix + "not counted";
        }
        return prefix + (f.longValue() == 0 ? "passed" : f + " failed");
    }

    /** The known parts in order, then any other part that left a file. */
    private static List<String> parts(Path dir) {
        List<String> parts = new ArrayList<>(PARTS);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                TreeSet<String> others = new TreeSet<>();
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - ".json".length()))
                        .filter(p -> !PARTS.contains(p)).forEach(others::add);
                parts.addAll(others);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parts;
    }

    private static Map<String, Object> read(Path file) {
        try {
            return ReliabilityJson.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
