package org.civcred.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frontier on disk: every request the crawl decided to make, one JSON object per line, in
 * segment files {@code frontier/frontier-<seq>-<time>.jsonl} under the crawl's state directory.
 *
 * <p>Each run writes a segment of its own (never appending to an old one), and flushes after
 * every batch, before the page that produced the batch is archived. Replaying all segments in
 * name order, minus the keys the WARC files show as finished, rebuilds the queue of an
 * interrupted crawl. A line torn by a crash is skipped: the page that produced it was not
 * archived either, so it will be fetched again and its links found again.
 */
final class FrontierJournal implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(FrontierJournal.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;
    private final FileSystem fs;
    private final Clock clock;
    private FSDataOutputStream out;

    private FrontierJournal(Path dir, FileSystem fs, Clock clock) {
        this.dir = dir;
        this.fs = fs;
        this.clock = clock;
    }

    static FrontierJournal open(String stateDir, Configuration conf, Clock clock) throws IOException {
        Path dir = new Path(stateDir, "frontier");
        FileSystem fs = StateFiles.fileSystem(dir, conf);
        fs.mkdirs(dir);
        return new FrontierJournal(dir, fs, clock);
    }

    /** Every journaled entry of earlier runs, in the order written (duplicates possible). */
    List<FrontierEntry> replay() throws IOException {
        List<FrontierEntry> entries = new ArrayList<>();
        for (Path segment : segments()) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(segment), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        entries.add(fromJson(json.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("Skipping an unreadable frontier line in {} (torn by an interrupted run?): {}",
                                segment.getName(), e.getMessage());
                    }
                }
            }
        }
        return entries;
    }

    /** Appends entries to this run's segment and flushes them to the file system. */
    synchronized void append(List<FrontierEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        if (out == null) {
            String name = String.format("frontier-%05d-%s.jsonl", segments().length, STAMP.format(clock.instant()));
            out = fs.create(new Path(dir, name), false);
        }
        StringBuilder lines = new StringBuilder();
        for (FrontierEntry e : entries) {
            lines.append(json.writeValueAsString(toJson(e))).append('\n');
        }
        out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        out.hflush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private Path[] segments() throws IOException {
        FileStatus[] found = fs.exists(dir) ? fs.listStatus(dir, p -> p.getName().endsWith(".jsonl")) : new FileStatus[0];
        return Arrays.stream(found).map(FileStatus::getPath).sorted().toArray(Path[]::new);
    }

    private ObjectNode toJson(FrontierEntry e) {
        ObjectNode n = json.createObjectNode();
        n.put("depth", e.depth());
        n.put("site", e.siteId());
        n.put("kind", e.kind().name());
        n.put("page", e.pageNumber());
        n.put("method", e.request().method());
        n.put("url", e.request().url());
        if (!e.request().formBody().isEmpty()) {
            n.put("form", e.request().formBody());
        }
        return n;
    }

    private static FrontierEntry fromJson(JsonNode n) {
        CrawlRequest request = new CrawlRequest(n.get("method").asText(), n.get("url").asText(),
                n.has("form") ? n.get("form").asText() : "");
        return new FrontierEntry(n.get("depth").asInt(), n.get("site").asText(),
                LinkKind.valueOf(n.get("kind").asText()), n.path("page").asInt(0), request);
    }
}
