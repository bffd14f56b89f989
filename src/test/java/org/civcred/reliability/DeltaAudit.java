package org.civcred.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks that a Delta table survived its writers being killed: {@code _delta_log} holds
 * consecutive commits from 0, every line of every commit parses and each commit has its
 * commitInfo (what DESCRIBE HISTORY shows), every version reads back through Delta Kernel (so
 * every file it adds exists and is whole), every change-data file (CDF) is present at its declared
 * size with Parquet framing, and the latest snapshot is the last complete commit: a killed
 * writer's temporary commit file is counted but must not be visible.
 */
final class DeltaAudit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeltaReader reader = new DeltaReader();

    TableAudit audit(String table, Path dir) {
        List<String> problems = new ArrayList<>();
        Path log = dir.resolve("_delta_log");
        TreeMap<Long, Path> commits = new TreeMap<>();
        long abandoned = 0;
        for (Path p : list(log)) {
            String name = p.getFileName().toString();
            if (name.matches("\\d{20}\\.json")) {
                commits.put(Long.parseLong(name.substring(0, 20)), p);
            } else if (name.endsWith(".tmp") && !name.endsWith(".crc.tmp")) {
                abandoned++;
            }
        }
        if (commits.isEmpty()) {
            return new TableAudit(table, 0, Map.of(), 0, abandoned, 0, List.of("no commits in " + log));
        }
        if (commits.firstKey() != 0 || commits.lastKey() != commits.size() - 1) {
            problems.add("commits are not consecutive from 0: " + commits.keySet());
        }
        Set<String> added = new HashSet<>();
        long cdc = 0;
        for (Map.Entry<Long, Path> c : commits.entrySet()) {
            cdc += checkCommit(c.getKey(), c.getValue(), dir, added, problems);
        }
        Map<Long, ReadDigest> digests = new TreeMap<>();
        for (long v : commits.keySet()) {
            try {
                digests.put(v, ReadDigest.of(reader, dir.toString(), OptionalLong.of(v), new long[1]));
            } catch (RuntimeException e) {
                problems.add("version " + v + " does not read: " + e);
            }
        }
        long[] latest = new long[1];
        ReadDigest.of(reader, dir.toString(), OptionalLong.empty(), latest);
        if (latest[0] != commits.lastKey()) {
            problems.add("latest snapshot is version " + latest[0] + ", the last commit is " + commits.lastKey());
        }
        long unreferenced = dataFiles(dir).stream().filter(f -> !added.contains(f)).count();
        return new TableAudit(table, commits.size(), digests, cdc, abandoned, unreferenced, problems);
    }

    /** Parses one commit; returns the change-data files it checked. */
    private static long checkCommit(long version, Path commit, Path dir, Set<String> added, List<String> problems) {
        long cdc = 0;
        int commitInfos = 0;
        try {
            for (String line : Files.readAllLines(commit, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode action = JSON.readTree(line);
                if (action.has("commitInfo")) {
                    commitInfos++;
                    if (!action.get("commitInfo").hasNonNull("operation")) {
                        problems.add("version " + version + ": commitInfo without an operation");
                    }
                } else if (action.has("add")) {
                    added.add(decode(action.get("add").get("path").asText()));
                } else if (action.has("cdc")) {
                    cdc++;
                    checkParquet(dir, action.get("cdc"), version, problems);
                }
            }
        } catch (IOException e) {
            problems.add("version " + version + " does not parse: " + e.getMessage());
        }
        if (commitInfos != 1) {
            problems.add("version " + version + " has " + commitInfos + " commitInfo actions");
        }
        return cdc;
    }

    private static void checkParquet(Path dir, JsonNode file, long version, List<String> problems) {
        Path p = dir.resolve(decode(file.get("path").asText()));
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            byte[] head = new byte[4];
            byte[] tail = new byte[4];
            f.readFully(head);
            f.seek(f.length() - 4);
            f.readFully(tail);
            boolean framed = "PAR1".equals(new String(head, StandardCharsets.US_ASCII))
                    && "PAR1".equals(new String(tail, StandardCharsets.US_ASCII));
            if (f.length() != file.get("size").asLong() || !framed) {
                problems.add("version " + version + ": change-data file " + p.getFileName() + " is not whole");
            }
        } catch (IOException e) {
            problems.add("version " + version + ": change-data file " + p.getFileName() + " unreadable: " + e.getMessage());
        }
    }

    /** Parquet data files of the table, relative to it (change-data files excluded). */
    private static List<String> dataFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".parquet"))
                    .map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith("_delta_log") && !p.startsWith("_change_data"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String path) {
        return URLDecoder.decode(path, StandardCharsets.UTF_8);
    }
}
