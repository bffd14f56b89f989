package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.ingest.ProfileRegistry;
import org.civcred.mirror.MirrorResource;
import org.junit.jupiter.api.Test;

class CaptureExtractionTest {

    private static final StructType SELECTED = new StructType()
            .add("capture_id", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("host", DataTypes.StringType).add("site", DataTypes.StringType).add("family", DataTypes.StringType)
            .add("fetch_time", DataTypes.TimestampType).add("status", DataTypes.IntegerType)
            .add("content_type", DataTypes.StringType).add("body", DataTypes.BinaryType)
            .add("payload_digest", DataTypes.StringType).add("request_method", DataTypes.StringType)
            .add("request_key", DataTypes.StringType).add("warc_file", DataTypes.StringType)
            .add("warc_offset", DataTypes.LongType).add("outcome", DataTypes.StringType)
            .add("record_type", DataTypes.StringType).add("resolved", DataTypes.BooleanType);

    private final CaptureExtraction extraction = new CaptureExtraction(ProfileRegistry.get(), new byte[32], "run-1",
            Timestamp.valueOf("2026-01-01 00:00:00"));

    private static Row selected(String url, String family, String contentType, byte[] body, String outcome,
                                boolean resolved) {
        CaptureInput c = Captures.of(url, family, contentType, body);
        return new GenericRowWithSchema(new Object[] {c.captureId(), url, c.host(), c.site(), family, c.fetchTime(),
            200, contentType, body, c.payloadDigest(), "GET", "GET " + url, c.warcFile(), c.warcOffset(), outcome,
            resolved ? "response" : "revisit", resolved}, SELECTED);
    }

    private static List<String> kinds(List<Row> out) {
        return out.stream().map(r -> r.<String>getAs("kind")).toList();
    }

    private static String reason(List<Row> out) {
        assertEquals(List.of(ExtractRows.PROBLEM), kinds(out));
        Row problem = out.get(0).getAs(ExtractRows.PROBLEM);
        assertEquals("extract", problem.getAs("stage"));
        return problem.getAs("reason");
    }

    @Test
    void aPageFromAnUnmappedHostBecomesADocumentFamilisedByItsContentThroughTheGenericExtractor() {
        MirrorResource story = Captures.mirrorPage(u -> u.startsWith("http://hnzmd.wenming.cn/") && u.contains("/t"));
        String url = story.url().replace("hnzmd.wenming.cn", "www.zmdnews.example");
        List<Row> out = extraction.run(selected(url, null, story.contentType(), story.body(), "imported", true));
        assertEquals(List.of(ExtractRows.DOCUMENT, ExtractRows.ENTRY), kinds(out),
                "a story page is a document, and the list-entry mapper reads the person it profiles");
        Row entry = out.get(1).getAs(ExtractRows.ENTRY);
        int family = org.civcred.tables.TableSchema.load("list_entries").columnNames().indexOf("family");
        assertEquals("civilization", entry.get(family), "the entry takes the family the content decided");
        Row doc = out.get(0).getAs(ExtractRows.DOCUMENT);
        assertEquals("generic", doc.getAs("site"));
        assertEquals("civilization", doc.getAs("family"));
        assertEquals("content: breadcrumb 身边好人", doc.getAs("family_reason"));
        assertTrue(doc.<Integer>getAs("char_count") > 100);
    }

    @Test
    void unusableCapturesAreQuarantinedWithTheirReason() {
        byte[] html = "<html><head><title>t</title></head><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        String url = "http://www.wenming.cn/a/b.html";
        assertEquals("challenge-page", reason(extraction.run(selected(url, "civilization", "text/html", html,
                "challenge", true))));
        assertEquals("revisit-target-missing", reason(extraction.run(selected(url, "civilization", "text/html", null,
                "unchanged", false))));
        assertEquals("empty-body", reason(extraction.run(selected(url, "civilization", "text/html", new byte[0],
                "ok", true))));
        assertEquals("unsupported-content-type", reason(extraction.run(selected("http://www.wenming.cn/a.jpg",
                "civilization", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2}, "ok", true))));
        byte[] broken = new byte[400];
        for (int i = 0; i < broken.length; i++) {
            broken[i] = (byte) (0x80 + i % 0x40);
        }
        assertEquals("undecodable-body", reason(extraction.run(selected(url, "civilization",
                "text/html; charset=utf-8", broken, "ok", true))));
        assertEquals("nothing-extracted", reason(extraction.run(selected("http://x.example.org/empty.html", null,
                "text/html", "<html><body> </body></html>".getBytes(StandardCharsets.UTF_8), "imported", true))));
    }

    @Test
    void contentTypesAreJudgedByHeaderOrWithoutOneByTheFirstByte() {
        assertTrue(CaptureExtraction.isSupported("application/xhtml+xml", new byte[] {'<'}));
        assertTrue(CaptureExtraction.isSupported("application/json;charset=UTF-8", new byte[] {'{'}));
        assertTrue(CaptureExtraction.isSupported(null, " \n<html>".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(!CaptureExtraction.isSupported(null, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(!CaptureExtraction.isSupported("text/plain", "<html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aListDateAfterTheFetchIsNulledAndItsTextKeptInTheRawColumn() {
        String url = "http://www.wenming.cn/sbhr_pd/hr365/201906/t20190608_603.shtml";
        String html = "<html><head><title>王丙_中国文明网</title></head><body><div id=\"title_tex\">王丙</div>"
                + "<div id=\"tex\"><div class=\"TRS_Editor\"><p>王丙，男，1980年5月生，天津市和平区人。2099年1月，"
                + "入选“中国好人榜”。</p></div></div></body></html>";
        List<Row> out = extraction.run(selected(url, "civilization", "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), "ok", true));
        assertEquals(List.of(ExtractRows.DOCUMENT, ExtractRows.ENTRY), kinds(out), out.toString());
        Row entry = out.get(1).getAs(ExtractRows.ENTRY);
        java.util.List<String> columns = org.civcred.tables.TableSchema.load("list_entries").columnNames();
        assertTrue(entry.isNullAt(columns.indexOf("list_date")));
        assertEquals("2099年1月", entry.get(columns.indexOf("list_date_raw")));
    }

    @Test
    void binaryBodiesLabelledAsHtmlAndPagesOverTheMarkupLimitsAreQuarantinedWithTheirReason() {
        String url = "http://www.wenming.cn/sbhr_pd/sbhr/201906/t20190608_1.shtml";
        assertEquals("binary-body", reason(extraction.run(selected(url, "civilization", "text/html",
                "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), "ok", true))));
        String deep = "<html><body>" + "<div>".repeat(2000) + "x</body></html>";
        assertEquals("markup-too-deep", reason(extraction.run(selected(url, "civilization", "text/html",
                deep.getBytes(StandardCharsets.US_ASCII), "ok", true))));
        String wide = "<html><body><img alt=\"" + "a".repeat(300_000) + "\">x</body></html>";
        assertEquals("attribute-too-long", reason(extraction.run(selected(url, "civilization", "text/html",
                wide.getBytes(StandardCharsets.US_ASCII), "ok", true))));
    }
}
