package org.civcred.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a golden TSV table from the test resources.
 *
 * <p>Format: UTF-8, one case per line, tab-separated; lines starting with {@code #} and blank lines
 * are skipped; the first remaining line names the columns. Cells may use the escapes {@code \t},
 * {@code \n}, {@code \r}, {@code \\} and {@code \}{@code uXXXX}, so invisible characters stay visible
 * in the file. A row with fewer cells than the header is padded with empty cells.
 */
final class GoldenTable {

    /** One row: its cells by column position, its line number, and the raw line for messages. */
    record Row(int line, List<String> cells) {
        String get(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        @Override
        public String toString() {
            return "line " + line + ": " + String.join(" | ", cells);
        }
    }

    private GoldenTable() {
    }

    static List<Row> read(String resource, int expectedColumns) {
        InputStream in = GoldenTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] raw = line.split("\t", -1);
                if (header) {
                    if (raw.length != expectedColumns) {
                        throw new IllegalStateException(resource + " header has " + raw.length + " columns, expected "
                                + expectedColumns + ": " + line);
                    }
                    header = false;
                    continue;
                }
                if (raw.length > expectedColumns) {
                    throw new IllegalStateException(resource + " line " + number + " has too many cells: " + line);
                }
                rows.add(new Row(number, Arrays.stream(raw).map(GoldenTable::unescape).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\' || i + 1 == cell.length()) {
                out.append(c);
                continue;
            }
            char next = cell.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
