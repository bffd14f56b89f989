package org.civcred.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.civcred.config.CivcredException;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * show-capture's reading of a foreign archive: a GBK page sent chunked and gzip-coded (as another
 * crawler would archive it) and a later revisit of it, registered in a captures table by hand.
 */
class CaptureReportTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String PAGE = "<html><head><title>诚信红黑榜</title></head><body>刘桂兰 助人为乐</body></html>";
    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\n"
            + "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\nServer: example\r\n\r\n";
    private static final URI RESPONSE_ID = URI.create("urn:uuid:00000000-0000-4000-8000-000000000001");
    private static final URI REVISIT_ID = URI.create("urn:uuid:00000000-0000-4000-8000-000000000002");

    @TempDir
    static Path data;

    private static byte[] payloadAsArchived;
    private static CaptureReport report;

    @BeforeAll
    static void archiveAndRegisterTwoCaptures() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(PAGE.getBytes(GBK));
        }
        payloadAsArchived = chunked(gz.toByteArray());
        byte[] block = concat(HEAD.getBytes(StandardCharsets.US_ASCII), payloadAsArchived);
        Path warc = data.resolve("foreign.warc.gz");
        long responseOffset;
        long revisitOffset;
        String url = "http://credit.example.cn/hhb/1.html";
        Instant first = Instant.parse("2019-03-01T08:00:00Z");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            responseOffset = writer.position();
            writer.write(new WarcResponse.Builder(url).recordId(RESPONSE_ID).date(first)
                    .body(MediaType.HTTP_RESPONSE, block).build());
            revisitOffset = writer.position();
            writer.write(new WarcRevisit.Builder(url, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).recordId(REVISIT_ID)
                    .date(first.plusSeconds(86_400)).refersTo(RESPONSE_ID, url, first)
                    .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nServer: example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                    .build());
        }
        SparkSession spark = SharedSpark.get();
        StructType schema = TableSchema.load("captures").structType();
        List<Row> rows = List.of(
                capture(schema, RESPONSE_ID, "response", url, first, warc, responseOffset, null),
                capture(schema, REVISIT_ID, "revisit", url, first.plusSeconds(86_400), warc, revisitOffset, RESPONSE_ID));
        new Tables(spark, data.toString()).merge("captures", spark.createDataFrame(rows, schema), "test", false);
        report = new CaptureReport(new CaptureLookup(spark, data.toString()), spark.sparkContext().hadoopConfiguration());
    }

    @Test
    void aResponseShowsItsRecordItsHeadersInArchivedOrderAndTheDecodedPage() throws Exception {
        String shown = show(RESPONSE_ID.toString(), CaptureReport.Detail.FULL);
        assertTrue(shown.contains("record:    response " + RESPONSE_ID), shown);
        assertTrue(shown.contains("date:      2019-03-01T08:00:00Z"), shown);
        assertTrue(shown.contains("target:    http://credit.example.cn/hhb/1.html"), shown);
        assertTrue(shown.contains(HEAD.strip().replace("\r\n", System.lineSeparator())), "headers as archived, in order:\n" + shown);
        assertTrue(shown.contains("decoded as GBK"), shown);
        assertTrue(shown.endsWith(PAGE + System.lineSeparator()), shown);
    }

    @Test
    void headersOnlyStopsBeforeThePayload() throws Exception {
        String shown = show("<" + RESPONSE_ID + ">", CaptureReport.Detail.HEADERS_ONLY);
        assertTrue(shown.contains("Server: example") && !shown.contains("刘桂兰"), shown);
    }

    @Test
    void rawWritesThePayloadBytesExactlyAsArchived() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.show(RESPONSE_ID.toString(), CaptureReport.Detail.RAW, out);
        assertArrayEquals(payloadAsArchived, out.toByteArray());
    }

    @Test
    void aRevisitSaysSoAndShowsTheCaptureItRefersTo() throws Exception {
        String shown = show(REVISIT_ID.toString(), CaptureReport.Detail.FULL);
        assertTrue(shown.contains("record:    revisit " + REVISIT_ID), shown);
        assertTrue(shown.contains("profile:   " + WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1), shown);
        assertTrue(shown.contains("revisit of " + RESPONSE_ID + "; that capture follows"), shown);
        assertTrue(shown.indexOf("revisit of") < shown.indexOf("record:    response"), shown);
        assertTrue(shown.contains("刘桂兰 助人为乐"), shown);
    }

    @Test
    void anUnknownIdIsAUsageErrorSayingWhatToPass() {
        CivcredException e = assertThrows(CivcredException.class,
                () -> report.show("urn:uuid:nothing", CaptureReport.Detail.FULL, new ByteArrayOutputStream()));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("No capture or document with id 'urn:uuid:nothing'"), e.getMessage());
    }

    private static String show(String id, CaptureReport.Detail detail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.show(id, detail, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A captures row with the columns show-capture reads filled in, the others null, in the schema's order. */
    private static Row capture(StructType schema, URI id, String type, String url, Instant time, Path warc, long offset,
                               URI refersTo) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("capture_id", id.toString());
        values.put("record_type", type);
        values.put("url", url);
        values.put("host", "credit.example.cn");
        values.put("fetch_time", Timestamp.from(time));
        values.put("charset", "GBK");
        values.put("warc_file", warc.toString());
        values.put("warc_offset", offset);
        values.put("refers_to", refersTo == null ? null : refersTo.toString());
        values.put("run_id", "test");
        return RowFactory.create(java.util.Arrays.stream(schema.fieldNames()).map(values::get).toArray());
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = body.length / 2;
        for (byte[] part : List.of(java.util.Arrays.copyOfRange(body, 0, half),
                java.util.Arrays.copyOfRange(body, half, body.length))) {
            out.writeBytes((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(part);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
