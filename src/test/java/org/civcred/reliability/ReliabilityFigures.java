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

    /**
     * Each column and the counters that feed it, summed over those a part wrote: the parts name their
     * losses after what they lose (pages in a crawl, records of a bad-input corpus, rows of a table),
     * and the leak scan counts identity numbers and mobile numbers apart.
     */
    private static final List<List<String>> COUNTERS = List.of(
            List.of("faults_injected"),
            List.of("kills"),
            List.of("bad_inputs"),
            List.of("rows_lost", "pages_lost", "silently_lost", "good_records_lost"),
            List.of("duplicates"),
            List.of("unmasked_found", "mobiles_found"));

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
                List<Number> present = COUNTERS.get(i).stream().map(figures::get)
                        .filter(Number.class::isInstance).map(Number.class::cast).toList();
                long sum = present.stream().mapToLong(Number::longValue).sum();
                out.append(" | ").append(present.isEmpty() ? "–" : Long.toString(sum));
                totals[i] += sum;
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
