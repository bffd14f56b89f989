package org.civcred.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.cli.MachineInfo;

/**
 * One benchmark's result: its parameters, a table of rows (one per contender, size or phase) and
 * headline figures such as ratios against a baseline. {@link #finish} prints the table and writes
 * everything, with the machine it ran on, as JSON, so BENCHMARKS.md can quote both.
 */
public final class BenchReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String name;
    private final Clock clock;
    private final Instant started;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public BenchReport(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.started = clock.instant();
    }

    public BenchReport parameter(String key, Object value) {
        parameters.put(key, value);
        return this;
    }

    /** A table row; columns are the union of all rows' keys, in first-seen order. */
    public BenchReport row(Map<String, Object> row) {
        rows.add(new LinkedHashMap<>(row));
        return this;
    }

    /** A headline figure (a ratio, a verdict against a goal), printed under the table. */
    public BenchReport figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    public List<Map<String, Object>> rows() {
        return List.copyOf(rows);
    }

    /** Prints the table and the figures, writes {@code <outDir>/<name>-<utc stamp>.json} and returns its path. */
    public Path finish(Path outDir) {
        System.out.println();
        System.out.println(name);
        System.out.print(table());
        figures.forEach((k, v) -> System.out.println(k + ": " + format(v)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", name);
        json.put("started", started.toString());
        json.put("seconds", Math.round((clock.millis() - started.toEpochMilli()) / 100.0) / 10.0);
        json.put("machine", MachineInfo.describe());
        json.put("parameters", parameters);
        json.put("rows", rows);
        json.put("figures", figures);
        try {
            Files.createDirectories(outDir);
            Path file = outDir.resolve(name + "-" + STAMP.format(started) + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
            System.out.println("json: " + file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the benchmark's JSON under " + outDir, e);
        }
    }

    /** The rows as a plain aligned text table. */
    String table() {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        Map<String, Integer> width = new LinkedHashMap<>();
        for (String c : columns) {
            int w = c.length();
            for (Map<String, Object> r : rows) {
                w = Math.max(w, format(r.get(c)).length());
            }
            width.put(c, w);
        }
        StringBuilder out = new StringBuilder();
        columns.forEach(c -> out.append(String.format("%-" + width.get(c) + "s  ", c)));
        out.append('\n');
        columns.forEach(c -> out.append("-".repeat(width.get(c))).append("  "));
        out.append('\n');
        for (Map<String, Object> r : rows) {
            columns.forEach(c -> out.append(String.format("%-" + width.get(c) + "s  ", format(r.get(c)))));
            out.append('\n');
        }
        return out.toString();
    }

    /** Doubles with at most three decimals, everything else as written; absent cells blank. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%.1f", d) : String.format("%.3f", d);
        }
        return value.toString();
    }
}
