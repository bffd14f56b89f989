package org.civcred.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The vendored division table in memory: regions by code, and every name (official, short, historic)
 * pointing at the regions it may mean. Built once from {@code /text/regions/}; immutable afterwards.
 */
final class RegionTable {

    /** One way of naming a region; {@code full} is false for short names, {@code note} set for historic ones. */
    record NameEntry(Region region, boolean full, String note) {
    }

    private static final String DIR = "/text/regions/";
    /** Prefecture rows that are only grouping placeholders in the statistical table. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final Map<String, Region> byCode;
    private final Map<String, List<NameEntry>> byName;
    private final int longestName;
    private final int aliasCount;

    private RegionTable(Map<String, Region> byCode, Map<String, List<NameEntry>> byName, int aliasCount) {
        this.byCode = Map.copyOf(byCode);
        Map<String, List<NameEntry>> frozen = new HashMap<>();
        byName.forEach((name, entries) -> frozen.put(name, List.copyOf(entries)));
        this.byName = Map.copyOf(frozen);
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.aliasCount = aliasCount;
    }

    static RegionTable load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        readLines(DIR + "provinces.csv", ",", cells -> {
            String code = cells[0] + "0000";
            regions.put(code, new Region(code, cells[1], RegionNames.shortName(cells[1]), RegionLevel.PROVINCE, ""));
        });
        readLines(DIR + "supplement.tsv", "\t", cells ->
                regions.put(cells[0], new Region(cells[0], cells[1], cells[2], RegionLevel.PROVINCE, "")));
        readLines(DIR + "cities.csv", ",", cells -> {
            if (!PLACEHOLDERS.contains(cells[1])) {
                String code = cells[0] + "00";
                regions.put(code, new Region(code, cells[1], RegionNames.shortName(cells[1]), RegionLevel.PREFECTURE,
                        cells[2] + "0000"));
            }
        });
        readLines(DIR + "areas.csv", ",", cells -> {
            String prefecture = cells[2] + "00";
            if (!cells[0].equals(prefecture)) { // 东莞市, 儋州市 …: a prefecture repeated as its own county row
                String parent = regions.containsKey(prefecture) ? prefecture : cells[3] + "0000";
                regions.put(cells[0], new Region(cells[0], cells[1], RegionNames.shortName(cells[1]), RegionLevel.COUNTY,
                        parent));
            }
        });
        Map<String, List<NameEntry>> names = new HashMap<>();
        for (Region region : regions.values()) {
            Region parent = regions.get(region.parentCode());
            if (parent == null || !parent.name().equals(region.name())) { // 嘉峪关市's only district repeats its name
                add(names, region.name(), new NameEntry(region, true, ""));
            }
            if (!region.shortName().isEmpty() && !region.statisticalZone()) {
                add(names, region.shortName(), new NameEntry(region, false, ""));
                String shorthand = RegionNames.unitShorthand(region.name());
                if (!shorthand.isEmpty()) {
                    add(names, shorthand, new NameEntry(region, true, ""));
                }
            }
        }
        int[] aliases = {0};
        readLines(DIR + "aliases.tsv", "\t", cells -> {
            Region target = regions.get(cells[1]);
            if (target == null) {
                throw new IllegalStateException("alias " + cells[0] + " points at unknown code " + cells[1]);
            }
            add(names, cells[0], new NameEntry(target, true, cells[0] + ": " + cells[3] + " (" + cells[2] + ")"));
            aliases[0]++;
        });
        return new RegionTable(regions, names, aliases[0]);
    }

    Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    List<NameEntry> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    int longestName() {
        return longestName;
    }

    int size() {
        return byCode.size();
    }

    int aliasCount() {
        return aliasCount;
    }

    private static void add(Map<String, List<NameEntry>> names, String name, NameEntry entry) {
        names.computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
    }

    /** Reads a CSV (quoted names, no embedded commas) or TSV resource, skipping comments and the header. */
    private static void readLines(String resource, String separator, Consumer<String[]> row) {
        InputStream in = RegionTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(separator, -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unquote(cells[i].strip());
                }
                row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
