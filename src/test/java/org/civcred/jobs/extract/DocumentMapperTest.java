package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.civcred.mirror.MirrorResource;
import org.civcred.site.Extraction;
import org.civcred.tables.TableSchema;
import org.civcred.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

    private static Row map(CaptureInput capture) {
        return DocumentMapper.document(capture, capture.page(), Captures.extract(capture), "run-1");
    }

    private static Row map(CaptureInput capture, Map<String, String> fields, String pageType) {
        Extraction x = new Extraction("generic", pageType, "", List.of(), fields, List.of(), List.of());
        return DocumentMapper.document(capture, capture.page(), x, "run-1");
    }

    @Test
    void aStoryBecomesADocumentWithItsTextDatesSourceRegionAndProvenance() {
        MirrorResource story = Captures.mirrorPage(u -> u.contains("wenming.cn/sbhr_pd/hr365/2") && u.contains("/t"));
        CaptureInput capture = Captures.of(story, "civilization");
        Row doc = map(capture);
        assertEquals(TableSchema.load("documents").columnNames(), List.of(doc.schema().fieldNames()));
        assertEquals(DocIds.document(capture.url(), capture.payloadDigest()), doc.getAs("doc_id"));
        assertEquals("wenming", doc.getAs("site"));
        assertEquals("hr365-story", doc.getAs("page_type"));
        assertEquals("civilization", doc.getAs("family"));
        assertEquals("host map: www.wenming.cn", doc.getAs("family_reason"));
        assertEquals("中国文明网", doc.getAs("source_org"));
        String title = doc.getAs("title");
        String body = doc.getAs("body_text");
        assertTrue(title.contains("："), title);
        assertTrue(body.contains("\n"), "paragraphs are kept as lines");
        String urlDate = capture.url().replaceFirst(".*/t(\\d{4})(\\d{2})(\\d{2})_.*", "$1-$2-$3");
        assertEquals(Date.valueOf(urlDate), doc.getAs("published_date"));
        assertEquals(body.codePointCount(0, body.length()), (int) doc.getAs("char_count"));
        assertEquals(DocIds.sha1(TextNormalizer.key(title + "\n" + body)), doc.getAs("text_hash"));
        assertNotNull(doc.getAs("region_code"), "the profile sentence names the person's place");
        assertEquals(capture.captureId(), doc.getAs("capture_id"));
        assertEquals(Captures.FETCHED, doc.getAs("fetch_time"));
        assertEquals("file:/warcs/a.warc.gz", doc.getAs("warc_file"));
        assertEquals(4096L, (long) doc.getAs("warc_offset"));
        assertEquals("run-1", doc.getAs("run_id"));
    }

    @Test
    void aListPageKeepsItsTitleAndTheMonthOfItsListButNoBody() {
        MirrorResource edition = Captures.mirrorPage(u -> u.contains("/sbhr_pd/zghrb/bd/"));
        Row doc = map(Captures.of(edition, "civilization"));
        assertEquals("edition", doc.getAs("page_type"));
        String title = doc.getAs("title");
        assertTrue(title.contains("中国好人榜"), title);
        assertNull(doc.getAs("body_text"));
        assertNull(doc.getAs("text_hash"), "list pages share titles without being duplicates");
        assertEquals(0, (int) doc.getAs("char_count"));
        String month = edition.url().replaceFirst(".*/bd/(\\d{4})(\\d{2})/.*", "$1-$2-01");
        assertEquals(Date.valueOf(month), doc.getAs("published_date"), "a month-only date is its first day");
    }

    @Test
    void aDetailTableHasItsMainTextAsBodyAndItsRecognitionDateAsPublicationDate() {
        MirrorResource detail = Captures.mirrorPage(u -> u.contains("showDetail.do") && u.contains("msg_tjhr"));
        Row doc = map(Captures.of(detail, "credit"));
        assertEquals("detail", doc.getAs("page_type"));
        String body = doc.getAs("body_text");
        assertTrue(body.contains("姓名"), body);
        assertTrue(!body.contains("主办单位"), "the footer is not part of the main text: " + body);
        assertNotNull(doc.getAs("published_date"));
        assertTrue(String.valueOf(doc.<String>getAs("region_code")).startsWith("12"), "a Tianjin district");
    }

    @Test
    void aGbkArticleIsDecodedWithGb18030() {
        MirrorResource article = Captures.mirrorPage(u -> u.startsWith("http://credit.nanyang.gov.cn/") && u.contains("/t"));
        Row doc = map(Captures.of(article, "credit"));
        String title = doc.getAs("title");
        String html = new String(article.body(), Charset.forName("GB18030"));
        assertTrue(html.contains(title), title);
        assertEquals("credit-nanyang", doc.getAs("site"));
    }

    @Test
    void theUrlDateStandsInWhenTheExtractorHasNoneAndADatelineWhenTheUrlHasNone() {
        String html = "<html><head><title>t</title></head><body><p>发布日期：2019年3月5日</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Row fromUrl = map(Captures.of("http://x.example.org/a/201903/t20190306_1.html", null, "text/html", bytes),
                Map.of("title", "标题"), "article");
        assertEquals(Date.valueOf("2019-03-06"), fromUrl.getAs("published_date"));
        assertEquals("20190306", fromUrl.getAs("published_raw"));
        Row fromLine = map(Captures.of("http://x.example.org/a/page.html", null, "text/html", bytes),
                Map.of("title", "标题"), "article");
        assertEquals(Date.valueOf("2019-03-05"), fromLine.getAs("published_date"));
        Row yearOnly = map(Captures.of("http://x.example.org/a/page.html", null, "text/html",
                "<html></html>".getBytes(StandardCharsets.UTF_8)), Map.of("published", "2019年"), "article");
        assertNull(yearOnly.getAs("published_date"), "a year is too coarse for a publication date");
    }

    @Test
    void titlesAndBodiesAreNormalisedAndTheSourceLosesItsLabel() {
        byte[] bytes = "<html></html>".getBytes(StandardCharsets.UTF_8);
        Row doc = map(Captures.of("http://x.example.org/a.html", null, "text/html", bytes),
                Map.of("title", "  天津好人\u3000２０１８\n榜单 ", "body", "第一段\r\n\r\n\r\n第二段\u200B", "source",
                        "来源：天津文明网"), "article");
        assertEquals("天津好人 2018 榜单", doc.getAs("title"));
        assertEquals("第一段\n\n第二段", doc.getAs("body_text"));
        assertEquals("天津文明网", doc.getAs("source_org"));
        assertEquals("120000", doc.getAs("region_code"));
        assertEquals("generic", doc.getAs("site"));
        assertNull(doc.getAs("family"));
        assertEquals("undecided", doc.getAs("family_reason"));
    }

    @Test
    void anApiPageIsATitleOnlyDocument() {
        MirrorResource api = Captures.mirrorPage(u -> u.contains("/api/v2/candidates"));
        Row doc = map(Captures.of(api, "civilization"));
        assertEquals("candidates", doc.getAs("page_type"));
        assertNull(doc.getAs("body_text"));
        assertEquals(0, (int) doc.getAs("char_count"));
    }
}
