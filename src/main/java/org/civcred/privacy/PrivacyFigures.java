package org.civcred.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.config.Errors;

/**
 * The privacy figures RELIABILITY.md quotes, written as {@code <dir>/privacy.json} by the leak scan
 * command and by the privacy tests: what was read, what was found, which checks failed.
 */
public final class PrivacyFigures {

    private PrivacyFigures() {
    }

    /**
     * Writes one scan's figures (or several scans' sums) and returns the file.
     *
     * @param extra further counters, e.g. how many planted numbers a test found
     */
    public static Path write(Path dir, String command, Instant started, LeakScanner.Result result,
                             Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("part", "privacy");
        json.put("command", command);
        json.put("started", started.toString());
        json.put("seconds", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 100.0) / 10.0);
        json.put("tables_scanned", result.tablesScanned());
        json.put("rows_scanned", result.rowsScanned());
        json.put("values_scanned", result.valuesScanned());
        json.put("unmasked_found", result.unmaskedFound());
        json.put("mobiles_found", result.mobilesFound());
        json.putAll(extra);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (LeakScanner.Finding f : result.findings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("table", f.table());
            one.put("column", f.column());
            one.put("kind", f.kind());
            one.put("count", f.count());
            one.put("row_key", f.rowKey());
            findings.add(one);
        }
        json.put("findings", findings);
        Path file = dir.resolve("privacy.json");
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw Errors.io("Cannot write " + file, e);
        }
        return file;
    }

    /** Two scans' figures added up (findings of both kept). */
    public static LeakScanner.Result sum(LeakScanner.Result a, LeakScanner.Result b) {
        List<LeakScanner.Finding> findings = new ArrayList<>(a.findings());
        findings.addAll(b.findings());
        return new LeakScanner.Result(a.tablesScanned() + b.tablesScanned(), a.rowsScanned() + b.rowsScanned(),
                a.valuesScanned() + b.valuesScanned(), a.unmaskedFound() + b.unmaskedFound(),
                a.mobilesFound() + b.mobilesFound(), findings);
    }
}
