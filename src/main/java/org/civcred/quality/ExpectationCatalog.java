package org.civcred.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civcred.config.Errors;
import org.civcred.tables.TableCatalog;

/**
 * Every table's expectations: the built-in ones from {@code expectations/<table>.yaml} on the class
 * path, plus those in the files of an optional directory ({@code quality.expectations-dir}), which
 * add to them. Each file names its table and lists its expectations; a file that does not parse,
 * names an unknown table, or declares an expectation that cannot be evaluated is refused at load
 * time with the file and expectation named.
 */
public final class ExpectationCatalog {

    /** The shape of one YAML file. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record ExpectationFile(String table, List<Expectation> expectations) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, List<Expectation>> byTable;

    private ExpectationCatalog(Map<String, List<Expectation>> byTable) {
        Map<String, List<Expectation>> copy = new LinkedHashMap<>();
        byTable.forEach((t, list) -> copy.put(t, List.copyOf(list)));
        this.byTable = Map.copyOf(copy);
    }

    /** The built-in expectations, plus those under {@code extraDir} when it is not null. */
    public static ExpectationCatalog load(Path extraDir) {
        Map<String, List<Expectation>> byTable = new LinkedHashMap<>();
        for (String table : TableCatalog.ALL) {
            String resource = "expectations/" + table + ".yaml";
            try (InputStream in = ExpectationCatalog.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    add(byTable, parse(in, resource), resource);
                }
            } catch (IOException e) {
                throw Errors.io("Cannot read " + resource, e);
            }
        }
        if (extraDir != null) {
            if (!Files.isDirectory(extraDir)) {
                throw Errors.usage("Expectations directory " + extraDir + " does not exist",
                        "Set quality.expectations-dir to a directory of <table>.yaml files, or leave it empty");
            }
            try (Stream<Path> files = Files.list(extraDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        add(byTable, parse(in, f.toString()), f.toString());
                    }
                }
            } catch (IOException e) {
                throw Errors.io("Cannot read expectations under " + extraDir, e);
            }
        }
        return new ExpectationCatalog(byTable);
    }

    /** No expectations at all (the gate switched off). */
    static ExpectationCatalog empty() {
        return new ExpectationCatalog(Map.of());
    }

    /** Expectations from YAML text, for one file's worth (used by tests and {@link #load}). */
    public static ExpectationCatalog of(String yaml) {
        Map<String, List<Expectation>> byTable = new LinkedHashMap<>();
        add(byTable, parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "inline YAML"), "inline YAML");
        return new ExpectationCatalog(byTable);
    }

    /** The expectations of {@code table}, in file order; empty when it has none. */
    public List<Expectation> forTable(String table) {
        return byTable.getOrDefault(table, List.of());
    }

    /** Tables that have expectations. */
    public Set<String> tables() {
        return byTable.keySet();
    }

    private static ExpectationFile parse(InputStream in, String source) {
        try {
            ExpectationFile file = YAML.readValue(in, ExpectationFile.class);
            if (file == null || file.table() == null || file.expectations() == null) {
                throw Errors.badInput("Expectation file " + source + " lacks 'table' or 'expectations'",
                        "Give both: table: <name>, expectations: [ … ]", null);
            }
            return file;
        } catch (IOException e) {
            throw Errors.badInput("Expectation file " + source + " is not valid: " + firstLine(e.getMessage()),
                    "Fix the YAML; README.md, section Data quality, lists the keys of each kind", e);
        }
    }

    private static void add(Map<String, List<Expectation>> byTable, ExpectationFile file, String source) {
        if (!TableCatalog.ALL.contains(file.table())) {
            throw Errors.badInput("Expectation file " + source + " names unknown table '" + file.table() + "'",
                    "Use one of " + TableCatalog.ALL, null);
        }
        List<Expectation> list = byTable.computeIfAbsent(file.table(), t -> new ArrayList<>());
        Set<String> names = new HashSet<>(list.stream().map(Expectation::name).toList());
        for (Expectation e : file.expectations()) {
            List<String> problems = e.problems();
            if (!problems.isEmpty()) {
                throw Errors.badInput("Expectation '" + e.name() + "' in " + source + " cannot be evaluated: "
                        + String.join("; ", problems), "Fix it there", null);
            }
            if (!names.add(e.name())) {
                throw Errors.badInput("Expectation '" + e.name() + "' of table " + file.table() + " is declared twice ("
                        + source + ")", "Give each expectation of a table its own name", null);
            }
            list.add(e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
