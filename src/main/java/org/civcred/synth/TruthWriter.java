package org.civcred.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.site.Host;
import org.civcred.mirror.site.Hosts;

/**
 * Streams the ground truth in the mirror's format ({@link GroundTruth}, snake_case keys): each list
 * (persons, distractors, article clusters …) goes to its own part file as the blocks finish, and
 * {@link #finish} joins the parts into {@code ground-truth.json}, so no list is ever held whole.
 */
final class TruthWriter implements AutoCloseable {

    private static final List<String> PARTS = List.of("persons", "distractors", "articles", "article_distractors",
            "cross_mentions");

    private final ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Path dir;
    private final Map<String, BufferedWriter> parts = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    TruthWriter(Path dir) throws IOException {
        this.dir = dir;
        for (String part : PARTS) {
            parts.put(part, Files.newBufferedWriter(partFile(part), StandardCharsets.UTF_8));
            counts.put(part, 0L);
        }
    }

    void person(GroundTruth.Person p) throws IOException {
        add("persons", p);
    }

    void distractor(GroundTruth.Distractor d) throws IOException {
        add("distractors", d);
    }

    void cluster(GroundTruth.ArticleCluster c) throws IOException {
        add("articles", c);
    }

    void articleDistractor(GroundTruth.ArticleDistractor d) throws IOException {
        add("article_distractors", d);
    }

    void crossMention(GroundTruth.CrossMention m) throws IOException {
        add("cross_mentions", m);
    }

    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    /** Joins the parts into {@code ground-truth.json} and removes them. */
    void finish(String snapshot) throws IOException {
        close();
        Path target = dir.resolve("ground-truth.json");
        try (OutputStream out = Files.newOutputStream(target)) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("snapshot", snapshot);
            head.put("hosts", Hosts.ALL.stream().map(Host::name).toList());
            head.put("crawl", new GroundTruth.Crawl(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
            String opening = json.writeValueAsString(head);
            out.write(opening.substring(0, opening.length() - 1).getBytes(StandardCharsets.UTF_8));
            for (String part : PARTS) {
                out.write((",\"" + part + "\":[").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(partFile(part))) {
                    in.transferTo(out);
                }
                out.write(']');
                Files.delete(partFile(part));
            }
            out.write(",\"cities\":[],\"gbk_samples\":[]}\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : parts.values()) {
            w.close();
        }
    }

    private void add(String part, Object value) throws IOException {
        BufferedWriter w = parts.get(part);
        long n = counts.merge(part, 1L, Long::sum);
        if (n > 1) {
            w.write(",\n");
        }
        w.write(json.writeValueAsString(value));
    }

    private Path partFile(String part) {
        return dir.resolve(".truth-" + part + ".part");
    }
}
