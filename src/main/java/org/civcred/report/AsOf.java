package org.civcred.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.civcred.config.Errors;
import org.civcred.tables.TableCatalog;

/**
 * Which versions of the gold tables a report reads, from {@code --as-of}: nothing (the latest of each),
 * one Delta version for every table ({@code 3}), a version per table ({@code overlap_persons=3,overlap_terms=1},
 * the others latest; the report header prints this form so a report can be made again), or a point in time
 * ({@code 2026-11-22} or {@code 2026-11-22T20:15:00Z}: each table as its last commit up to then left it).
 */
public final class AsOf {

    private final OptionalLong everyTable;
    private final Map<String, Long> perTable;
    private final Optional<Instant> time;

    private AsOf(OptionalLong everyTable, Map<String, Long> perTable, Optional<Instant> time) {
        this.everyTable = everyTable;
        this.perTable = Map.copyOf(perTable);
        this.time = time;
    }

    public static AsOf latest() {
        return new AsOf(OptionalLong.empty(), Map.of(), Optional.empty());
    }

    /** Parses the option's value; null or blank means the latest versions. */
    public static AsOf parse(String text) {
        if (text == null || text.isBlank()) {
            return latest();
        }
        String s = text.strip();
        if (s.matches("\\d+")) {
            return new AsOf(OptionalLong.of(Long.parseLong(s)), Map.of(), Optional.empty());
        }
        if (s.contains("=")) {
            return new AsOf(OptionalLong.empty(), parsePairs(s), Optional.empty());
        }
        return new AsOf(OptionalLong.empty(), Map.of(), Optional.of(parseTime(s)));
    }

    /** The version asked for this table, if a version was asked. */
    public OptionalLong versionOf(String table) {
        Long v = perTable.get(table);
        return v != null ? OptionalLong.of(v) : everyTable;
    }

    /** The point in time asked for, if one was. */
    public Optional<Instant> time() {
        return time;
    }

    public boolean isLatest() {
        return everyTable.isEmpty() && perTable.isEmpty() && time.isEmpty();
    }

    private static Map<String, Long> parsePairs(String s) {
        Map<String, Long> pairs = new LinkedHashMap<>();
        for (String part : s.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2 || !TableCatalog.GOLD.contains(kv[0].strip()) || !kv[1].strip().matches("\\d+")) {
                throw Errors.usage("--as-of part '" + part.strip() + "' is not TABLE=VERSION",
                        "Name a gold table (" + String.join(", ", TableCatalog.GOLD) + ") and a Delta version, e.g. overlap_persons=3");
            }
            pairs.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
        }
        return pairs;
    }

    private static Instant parseTime(String s) {
        try {
            if (s.length() == 10) {
                // A bare date means the end of that day (UTC): the tables as they stood that evening.
                return LocalDate.parse(s).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
            }
            return s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(s).toInstant()
                    : LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw Errors.usage("--as-of '" + s + "' is neither a Delta version, TABLE=VERSION pairs nor a date or time",
                    "Use e.g. 3, overlap_persons=3,overlap_terms=1, 2026-11-22 or 2026-11-22T20:15:00Z");
        }
    }
}
