package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class PageSelectionTest {

    private static Row capture(String id, String type, String url, int minute, Integer status, String digest,
                               String refersTo, String outcome, String body) {
        return RowFactory.create(id, "c1", type, url, "h", null, "credit", Timestamp.valueOf("2024-03-01 08:" + minute + ":00"),
                status, type.equals("response") ? "text/html" : null, "UTF-8", digest, "file:/w.warc.gz", (long) minute,
                100L, "GET", "GET " + url, outcome, refersTo, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                "r1");
    }

    @Test
    void onePagePerUrlAndPayloadTheEarliestWinsAndARevisitBorrowsThePayloadItRefersTo() {
        List<Row> captures = List.of(
                capture("urn:a", "response", "http://h/a", 10, 200, "sha1:D1", null, "ok", "<html>A</html>"),
                capture("urn:a2", "response", "http://h/a", 20, 200, "sha1:D1", null, "ok", "<html>A</html>"),
                capture("urn:a3", "revisit", "http://h/a", 30, 304, "sha1:D1", "urn:a", "unchanged", null),
                capture("urn:b", "revisit", "http://h/b", 31, 200, null, "urn:a", "imported", null),
                capture("urn:c", "revisit", "http://h/c", 32, 304, "sha1:D9", "urn:gone", "unchanged", null),
                capture("urn:e", "response", "http://h/e", 33, 404, "sha1:D4", null, "http-error", "missing"),
                capture("urn:r", "response", "http://h/robots.txt", 34, 200, "sha1:D5", null, "ok", "User-agent: *"),
                capture("urn:x", "response", "http://h/x", 35, 200, "sha1:D6", null, "challenge", "<html>captcha</html>"));
        List<Row> pages = PageSelection.pages(SharedSpark.get().createDataFrame(captures,
                TableSchema.load("captures").structType())).collectAsList();
        Map<String, Row> byId = pages.stream().collect(Collectors.toMap(r -> r.getAs("capture_id"), Function.identity()));
        assertEquals(java.util.Set.of("urn:a", "urn:b", "urn:c", "urn:x"), byId.keySet());

        Row b = byId.get("urn:b");
        assertArrayEquals("<html>A</html>".getBytes(StandardCharsets.UTF_8), b.getAs("body"));
        assertEquals(200, (int) b.getAs("status"));
        assertEquals("text/html", b.getAs("content_type"));
        assertEquals("sha1:D1", b.getAs("payload_digest"));
        assertEquals("http://h/b", b.getAs("url"));
        assertEquals(true, b.getAs("resolved"));
        assertEquals(false, byId.get("urn:c").getAs("resolved"));
        assertEquals("challenge", byId.get("urn:x").getAs("outcome"));
        CaptureInput.fromRow(b);
    }
}
