package org.civcred.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.civcred.config.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest successful capture of every request across crawls, for conditional GET and revisit
 * records on re-crawl.
 *
 * <p>Storage: JSON lines, one {@link PriorCapture} each, under {@code <dataDir>/state/}. Each
 * session appends to a segment file of its own, {@code capture-index/<yyyyMMddHHmmssSSS>-<seq>.jsonl},
 * because HDFS and object stores cannot append to an existing file; reading takes the older single
 * file {@code capture-index.jsonl} (if any) and then every segment in name order, and a later line
 * wins over an earlier one for the same request key. A line that does not parse (the torn tail of
 * a killed session) is skipped with a warning.
 *
 * <p>{@link #record} updates the in-memory view at once; {@link #flush} makes recorded captures
 * durable and visible to the next {@link #open}. All methods are synchronized. I/O failures are
 * reported as user-facing errors ({@link Errors#io}).
 */
public final class CaptureIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureIndex.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SEGMENT_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    static final String SEGMENT_DIR = "state/capture-index";
    static final String SINGLE_FILE = "state/capture-index.jsonl";

    private final FileSystem fs;
    private final Path segmentDir;
    private final Clock clock;
    private final Map<String, PriorCapture> latest;
    private final List<PriorCapture> pending = new ArrayList<>();
    private FSDataOutputStream segment;
    private boolean closed;

    private CaptureIndex(FileSystem fs, Path segmentDir, Clock clock, Map<String, PriorCapture> latest) {
        this.fs = fs;
        this.segmentDir = segmentDir;
        this.clock = clock;
        this.latest = latest;
    }

    /** Loads the index under {@code dataDir} (a path or Hadoop URI); a missing index is empty. */
    public static CaptureIndex open(String dataDir, Configuration conf) {
        return open(dataDir, conf, Clock.systemUTC());
    }

    /** As {@link #open(String, Configuration)}, with the clock that names this session's segment. */
    public static CaptureIndex open(String dataDir, Configuration conf, Clock clock) {
        Path root = new Path(dataDir);
        try {
            FileSystem fs = HadoopFiles.fileSystem(root, conf);
            Path segmentDir = new Path(root, SEGMENT_DIR);
            Map<String, PriorCapture> latest = new HashMap<>();
            List<Path> sources = new ArrayList<>();
            Path single = new Path(root, SINGLE_FILE);
            if (fs.exists(single)) {
                sources.add(single);
            }
            if (fs.exists(segmentDir)) {
                Arrays.stream(fs.listStatus(segmentDir, p -> p.getName().endsWith(".jsonl")))
                        .map(FileStatus::getPath).sorted(Comparator.comparing(Path::getName)).forEach(sources::add);
            }
            for (Path source : sources) {
                load(fs, source, latest);
            }
            LOG.info("Capture index {}: {} requests from {} files", root, latest.size(), sources.size());
            return new CaptureIndex(fs, segmentDir, clock, latest);
        } catch (IOException e) {
            throw Errors.io("Cannot read the capture index under " + root, e);
        }
    }

    /** The latest successful capture of a request, from any crawl or recorded in this session. */
    public synchronized Optional<PriorCapture> latest(String requestKey) {
        return Optional.ofNullable(latest.get(requestKey));
    }

    /** Remembers a capture; visible to {@link #latest} now, durable after {@link #flush}. */
    public synchronized void record(PriorCapture capture) {
        if (closed) {
            throw new IllegalStateException("The capture index is closed");
        }
        latest.put(capture.requestKey(), capture);
        pending.add(capture);
    }

    /** Appends everything recorded since the last flush to this session's segment and syncs it. */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (segment == null) {
                segment = createSegment();
            }
            StringBuilder lines = new StringBuilder();
            for (PriorCapture capture : pending) {
                lines.append(JSON.writeValueAsString(toJson(capture))).append('\n');
            }
            segment.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            segment.hsync();
            pending.clear();
        } catch (IOException e) {
            throw Errors.io("Cannot write the capture index under " + segmentDir, e);
        }
    }

    /** Flushes and closes this session's segment. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        if (segment != null) {
            try {
                segment.close();
            } catch (IOException e) {
                throw Errors.io("Cannot close the capture index segment under " + segmentDir, e);
            }
        }
    }

    private FSDataOutputStream createSegment() throws IOException {
        fs.mkdirs(segmentDir);
        String time = SEGMENT_TIME.format(clock.instant());
        for (int seq = 0; ; seq++) {
            Path path = new Path(segmentDir, time + "-" + String.format("%05d", seq) + ".jsonl");
            if (!fs.exists(path)) {
                LOG.debug("Capture index segment {}", path);
                return fs.create(path, false);
            }
        }
    }

    private static void load(FileSystem fs, Path source, Map<String, PriorCapture> latest) throws IOException {
        try (BufferedReader reader =
                     new BufferedReader(new InputStreamReader(fs.open(source), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    PriorCapture capture = fromJson(JSON.readTree(line));
                    latest.put(capture.requestKey(), capture);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable line {} of {} (a torn write?): {}", number, source, e.getMessage());
                }
            }
        }
    }

    static ObjectNode toJson(PriorCapture c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("requestKey", c.requestKey());
        node.put("recordId", c.recordId() == null ? null : c.recordId().toString());
        node.put("targetUri", c.targetUri());
        node.put("date", c.date() == null ? null : c.date().toString());
        node.put("payloadDigest", c.payloadDigest());
        node.put("etag", c.etag());
        node.put("lastModified", c.lastModified());
        node.put("warcFile", c.warcFile());
        node.put("offset", c.offset());
        return node;
    }

    static PriorCapture fromJson(JsonNode node) {
        String key = text(node, "requestKey");
        if (key == null || key.isEmpty() || !node.path("offset").canConvertToLong()) {
            throw new IllegalArgumentException("not a capture: needs requestKey and offset");
        }
        String recordId = text(node, "recordId");
        String date = text(node, "date");
        return new PriorCapture(key, recordId == null ? null : URI.create(recordId), text(node, "targetUri"),
                date == null ? null : Instant.parse(date), text(node, "payloadDigest"), text(node, "etag"),
                text(node, "lastModified"), text(node, "warcFile"), node.path("offset").asLong());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
