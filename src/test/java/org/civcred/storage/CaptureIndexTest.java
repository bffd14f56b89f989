package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "GET http://www.wenming.cn/a/yw/index.shtml";

    @TempDir
    Path data;

    @Test
    void aFlushedCaptureIsFoundAfterReopening() {
        PriorCapture capture = capture(KEY, "1", "\"abc\"", 1234);
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            index.record(capture);
            index.flush();
        }
        try (CaptureIndex index = CaptureIndex.open("file://" + data, null, CLOCK)) {
            assertEquals(Optional.of(capture), index.latest(KEY));
            assertEquals(Optional.empty(), index.latest("GET http://elsewhere.test/"));
        }
    }

    @Test
    void theLatestCaptureWinsWithinAndAcrossSessions() {
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            index.record(capture(KEY, "1", null, 1));
            index.record(capture(KEY, "2", null, 2));
            assertEquals(2, index.latest(KEY).orElseThrow().offset(), "visible before any flush");
        }
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            assertEquals(2, index.latest(KEY).orElseThrow().offset());
            index.record(capture(KEY, "3", null, 3));
        }
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            assertEquals(3, index.latest(KEY).orElseThrow().offset());
            assertEquals(URI.create("urn:uuid:00000000-0000-0000-0000-000000000003"),
                    index.latest(KEY).orElseThrow().recordId());
        }
    }

    @Test
    void recordsAreOnlyDurableOnceFlushed() {
        CaptureIndex writer = CaptureIndex.open(data.toString(), null, CLOCK);
        writer.record(capture(KEY, "1", null, 1));
        assertTrue(CaptureIndex.open(data.toString(), null, CLOCK).latest(KEY).isEmpty());
        writer.flush();
        assertEquals(1, CaptureIndex.open(data.toString(), null, CLOCK).latest(KEY).orElseThrow().offset());
        writer.close();
    }

    @Test
    void eachSessionWritesASegmentOfItsOwn() throws IOException {
        for (int session = 0; session < 2; session++) {
            try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
                index.record(capture(KEY, Integer.toString(session), null, session));
            }
        }
        try (var segments = Files.list(data.resolve("state/capture-index"))) {
            assertEquals(java.util.List.of("20240301080000000-00000.jsonl", "20240301080000000-00001.jsonl"),
                    segments.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTornLastLineIsSkippedAndTheRestKept() throws IOException {
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            index.record(capture(KEY, "1", "\"e1\"", 10));
            index.record(capture("GET http://h.test/b", "2", null, 20));
        }
        Path segment = data.resolve("state/capture-index/20240301080000000-00000.jsonl");
        String good = Files.readString(segment);
        String torn = CaptureIndex.toJson(capture(KEY, "9", null, 99)).toString();
        Files.writeString(segment, good + torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8);

        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            assertEquals(10, index.latest(KEY).orElseThrow().offset());
            assertEquals("\"e1\"", index.latest(KEY).orElseThrow().etag());
            assertEquals(20, index.latest("GET http://h.test/b").orElseThrow().offset());
        }
    }

    @Test
    void theSingleFileIndexIsReadBeforeTheSegments() throws IOException {
        Files.createDirectories(data.resolve("state"));
        Files.writeString(data.resolve("state/capture-index.jsonl"),
                CaptureIndex.toJson(capture(KEY, "1", null, 1)) + "\n"
                        + CaptureIndex.toJson(capture("GET http://h.test/only-old", "2", null, 2)) + "\n");
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            index.record(capture(KEY, "3", null, 3));
        }
        try (CaptureIndex index = CaptureIndex.open(data.toString(), null, CLOCK)) {
            assertEquals(3, index.latest(KEY).orElseThrow().offset());
            assertEquals(2, index.latest("GET http://h.test/only-old").orElseThrow().offset());
        }
    }

    private static PriorCapture capture(String key, String id, String etag, long offset) {
        String uuid = "urn:uuid:00000000-0000-0000-0000-" + "0".repeat(12 - id.length()) + id;
        return new PriorCapture(key, URI.create(uuid), key.substring(4), Instant.parse("2024-02-01T10:00:00.250Z"),
                "sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N", etag, "Thu, 01 Feb 2024 10:00:00 GMT",
                "file:/data/raw/c0/CIVCRED-c0-20240201100000000-00000.warc.gz", offset);
    }
}
