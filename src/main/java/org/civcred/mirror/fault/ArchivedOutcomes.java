package org.civcred.mirror.fault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The final outcomes a crawl wrote, read back from its WARC files one record at a time: for each
 * page request key, every terminal metadata record (so a request finished twice shows as two).
 * robots.txt fetches are kept apart.
 */
public final class ArchivedOutcomes {

    /** One terminal record: outcome id ({@code ok}, {@code gave_up} …) and its detail. */
    public record Outcome(String outcome, String detail) {

        public boolean captured() {
            return outcome.equals("ok") || outcome.equals("unchanged");
        }
    }

    private final Map<String, List<Outcome>> pages;
    private final Map<String, Long> robots;

    private ArchivedOutcomes(Map<String, List<Outcome>> pages, Map<String, Long> robots) {
        this.pages = pages;
        this.robots = robots;
    }

    /** Reads every {@code *.warc.gz} directly in {@code crawlDir} (a path or a {@code file:} URI). */
    public static ArchivedOutcomes read(String crawlDir) throws IOException {
        Path dir = Path.of(crawlDir.replaceFirst("^file:(//)?", ""));
        Map<String, List<Outcome>> pages = new HashMap<>();
        Map<String, Long> robots = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
        for (Path f : files) {
            try (WarcReader reader = new WarcReader(f)) {
                for (WarcRecord r : reader) {
                    if (r instanceof WarcMetadata) {
                        add(fields(r), pages, robots);
                    }
                }
            }
        }
        return new ArchivedOutcomes(pages, robots);
    }

    /** Request key → its terminal records, in archive order. */
    public Map<String, List<Outcome>> pages() {
        return pages;
    }

    /** robots.txt key → terminal records written for it (a retried robots.txt shows more than one). */
    public Map<String, Long> robots() {
        return robots;
    }

    private static void add(Map<String, String> f, Map<String, List<Outcome>> pages, Map<String, Long> robots) {
        String key = f.get("civcred-request-key");
        if (key == null || !"true".equals(f.get("civcred-final"))) {
            return;
        }
        if ("robots".equals(f.get("civcred-purpose"))) {
            robots.merge(key, 1L, Long::sum);
            return;
        }
        pages.computeIfAbsent(key, k -> new ArrayList<>(1))
                .add(new Outcome(f.getOrDefault("civcred-outcome", ""), f.getOrDefault("civcred-detail", "")));
    }

    private static Map<String, String> fields(WarcRecord r) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (InputStream in = r.body().stream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        }
        return fields;
    }
}
