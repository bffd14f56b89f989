package org.civcred.jobs.overlap.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civcred.config.Errors;

/**
 * A versioned, tab-separated vocabulary resource under {@code terms/} (see its README): comment
 * lines, then {@code version<TAB>v}, then the column names, then one row per entry. Rows are padded
 * to the number of columns, so a trailing empty cell may be left out. Small by design: jobs ship the
 * whole list to every task.
 *
 * @param resource the class-path resource it was read from
 * @param version  the list's version, written into the rows it produces
 * @param columns  column names
 * @param rows     entries, each with one cell per column
 */
public record TermList(String resource, String version, List<String> columns, List<List<String>> rows)
        implements Serializable {

    public TermList {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads {@code terms/<name>} from the class path; a malformed list is a clear error, not a silent gap. */
    public static TermList load(String name) {
        String resource = "terms/" + name;
        try (InputStream in = TermList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw Errors.usage("No term list resource " + resource, "Term lists live under src/main/resources/terms/");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw Errors.io("Cannot read term list " + resource, e);
        }
    }

    static TermList parse(String resource, List<String> lines) {
        String version = null;
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (version == null) {
                if (cells.size() < 2 || !cells.get(0).equals("version") || cells.get(1).isEmpty()) {
                    throw malformed(resource, "the first line must be 'version<TAB><version>'");
                }
                version = cells.get(1);
            } else if (columns == null) {
                columns = cells;
            } else {
                if (cells.size() > columns.size() || cells.get(0).isEmpty()) {
                    throw malformed(resource, "row '" + line + "' does not fit the columns " + columns);
                }
                List<String> row = new ArrayList<>(cells);
                while (row.size() < columns.size()) {
                    row.add("");
                }
                rows.add(row);
            }
        }
        if (columns == null || rows.isEmpty()) {
            throw malformed(resource, "it has no entries");
        }
        return new TermList(resource, version, columns, rows);
    }

    /** The cells of one column, in row order. */
    public List<String> column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw malformed(resource, "it has no column '" + name + "'");
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }

    private static RuntimeException malformed(String resource, String why) {
        return Errors.badInput("Term list " + resource + " is malformed: " + why, "Fix the resource (see terms/README.md)", null);
    }
}
