package org.civcred.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.WarcPayloadReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;

class WarcFileReaderTest {

    private static final String ARTICLE = "http://www.wenming.cn/a/yw/201905/t20190501_5000001.shtml";

    @TempDir
    Path dir;

    static List<IngestItem> read(Path file) {
        List<IngestItem> items = new ArrayList<>();
        try (WarcFileReader reader = new WarcFileReader(file.toString(), new Configuration(), 1 << 20,
                ProfileRegistry.lookup(ProfileRegistry.get()))) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    static List<CaptureRecord> captures(List<IngestItem> items) {
        return items.stream().filter(i -> i.capture() != null).map(IngestItem::capture).toList();
    }

    static List<QuarantineEntry> problems(List<IngestItem> items) {
        return items.stream().filter(i -> i.problem() != null).map(IngestItem::problem).toList();
    }

    @Test
    void aForeignArchiveImportsWithOutcomeImportedItsIsPartOfAndTheHostMapFamily() throws IOException {
        Path file = ForeignWarcs.write(dir.resolve("other.warc.gz"), true, ForeignWarcs.warcinfo("wayback-2019"),
                ForeignWarcs.html(ARTICLE, "<html><title>t</title></html>"),
                ForeignWarcs.html("http://www.example.org/page.html", "<html></html>"));
        List<IngestItem> items = read(file);
        List<CaptureRecord> captures = captures(items);
        assertEquals(List.of(), problems(items));
        assertEquals(2, captures.size());
        CaptureRecord known = captures.get(0);
        assertEquals("imported", known.outcome());
        assertEquals("wayback-2019", known.crawlId());
        assertEquals("civilization", known.family());
        assertEquals("wenming", known.site());
        assertEquals("www.wenming.cn", known.host());
        assertEquals(200, known.status());
        assertEquals("UTF-8", known.charset());
        assertNull(known.requestKey());
        CaptureRecord unknown = captures.get(1);
        assertNull(unknown.family(), "no host-map rule covers example.org");
        assertNull(unknown.site());
        assertEquals(List.of(), problems(items));
        assertEquals(3, items.get(items.size() - 1).records(), "the summary counts every record");
    }

    @Test
    void aForeignFileWithoutWarcinfoTakesItsCrawlIdFromTheFileName() throws IOException {
        Path file = ForeignWarcs.write(dir.resolve("ARCHIVE-2019-00001.warc"), false,
                ForeignWarcs.html(ARTICLE, "<html></html>"));
        CaptureRecord c = captures(read(file)).get(0);
        assertEquals("ARCHIVE-2019-00001", c.crawlId());
        assertEquals(0, c.warcOffset());
        assertEquals(Files.size(file), c.warcLength(), "one uncompressed record fills the file");
    }

    @Test
    void chunkedAndGzippedBodiesAreStoredDecodedAndTheirDigestOverTheBytesAsSentIsAccepted() throws IOException {
        byte[] page = "<html><p>南阳好人</p></html>".getBytes(StandardCharsets.UTF_8);
        byte[] sent = ForeignWarcs.chunked(ForeignWarcs.gzip(page));
        Path file = ForeignWarcs.write(dir.resolve("coded.warc.gz"), true, ForeignWarcs.response(ARTICLE,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                        + "Content-Encoding: gzip\r\n\r\n", sent, null));
        List<IngestItem> items = read(file);
        assertEquals(List.of(), problems(items));
        assertArrayEquals(page, captures(items).get(0).body());
        assertEquals(ForeignWarcs.sha1(sent).prefixedBase32(), captures(items).get(0).payloadDigest());
    }

    @Test
    void aRecordWithAWrongPayloadDigestIsQuarantinedAndTheNextRecordIsStillRead() throws IOException {
        byte[] body = "<html>x</html>".getBytes(StandardCharsets.UTF_8);
        WarcDigest wrong = ForeignWarcs.sha1("something else".getBytes(StandardCharsets.UTF_8));
        Path file = ForeignWarcs.write(dir.resolve("bad-digest.warc.gz"), true,
                ForeignWarcs.response(ARTICLE, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", body, wrong),
                ForeignWarcs.html("http://www.wenming.cn/ok.html", "<html>ok</html>"));
        List<IngestItem> items = read(file);
        assertEquals(1, captures(items).size());
        QuarantineEntry p = problems(items).get(0);
        assertEquals("payload-digest-mismatch", p.reason());
        assertEquals(ARTICLE, p.url());
        assertTrue(p.captureId().startsWith("urn:uuid:"), p.captureId());
        assertEquals("ingest", p.stage());
    }

    @Test
    void aFileCutInItsLastRecordKeepsTheRecordsBeforeTheCutAndQuarantinesTheCut() throws IOException {
        Path file = threeRecords("cut.warc.gz");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 25));
        List<IngestItem> items = read(file);
        assertEquals(2, captures(items).size());
        assertEquals(1, problems(items).size());
        assertEquals("record-truncated", problems(items).get(0).reason(), problems(items).get(0).detail());
    }

    @Test
    void garbageBetweenTwoRecordsIsQuarantinedAndReadingResumesAtTheNextIntactRecord() throws IOException {
        Path file = threeRecords("garbage.warc.gz");
        List<CaptureRecord> intact = captures(read(file));
        byte[] bytes = Files.readAllBytes(file);
        int third = (int) intact.get(2).warcOffset();
        byte[] garbage = "this is not gzip at all \u001f\u008b but looks a bit like it".getBytes(StandardCharsets.ISO_8859_1);
        byte[] damaged = ForeignWarcs.concat(ForeignWarcs.concat(java.util.Arrays.copyOf(bytes, third), garbage),
                java.util.Arrays.copyOfRange(bytes, third, bytes.length));
        Files.write(file, damaged);
        List<IngestItem> items = read(file);
        assertEquals(List.of(intact.get(0).url(), intact.get(1).url(), intact.get(2).url()),
                captures(items).stream().map(CaptureRecord::url).toList());
        assertEquals(third + garbage.length, captures(items).get(2).warcOffset());
        assertEquals(1, problems(items).size(), problems(items).toString());
        assertEquals(file + "@" + third, problems(items).get(0).rowKey());
    }

    @Test
    void aCorruptMemberInTheMiddleCostsOnlyThatRecord() throws IOException {
        Path file = threeRecords("corrupt.warc.gz");
        List<CaptureRecord> intact = captures(read(file));
        byte[] bytes = Files.readAllBytes(file);
        int second = (int) intact.get(1).warcOffset();
        for (int i = second + 40; i < second + 60; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        List<IngestItem> items = read(file);
        assertEquals(List.of(intact.get(0).url(), intact.get(2).url()),
                captures(items).stream().map(CaptureRecord::url).toList());
        assertEquals(1, problems(items).size(), problems(items).toString());
    }

    @Test
    void aRecordWhoseContentLengthIsWrongIsQuarantinedAndTheRecordAfterItIsStillRead() throws IOException {
        Path file = threeRecords("length.warc.gz");
        List<CaptureRecord> intact = captures(read(file));
        byte[] bytes = Files.readAllBytes(file);
        int second = (int) intact.get(1).warcOffset();
        int third = (int) intact.get(2).warcOffset();
        byte[] member;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(java.util.Arrays.copyOfRange(bytes, second, third)))) {
            String record = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            member = ForeignWarcs.gzip(record.replaceFirst("Content-Length: \\d+", "Content-Length: 99999")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] damaged = ForeignWarcs.concat(ForeignWarcs.concat(java.util.Arrays.copyOf(bytes, second), member),
                java.util.Arrays.copyOfRange(bytes, third, bytes.length));
        Files.write(file, damaged);
        List<IngestItem> items = read(file);
        assertEquals(List.of(intact.get(0).url(), intact.get(2).url()),
                captures(items).stream().map(CaptureRecord::url).toList());
        assertEquals(1, problems(items).size(), problems(items).toString());
        assertEquals(file + "@" + second, problems(items).get(0).rowKey());
    }

    @Test
    void aFileThatIsNotAWarcIsQuarantinedAsSuch() throws IOException {
        Path file = dir.resolve("notes.warc.gz");
        Files.writeString(file, "just some text, no records here\n".repeat(20));
        List<IngestItem> items = read(file);
        assertEquals(List.of(), captures(items));
        assertEquals("not-a-warc", problems(items).get(0).reason());
        assertNull(problems(items).get(0).captureId());
    }

    @Test
    void aMissingFileIsQuarantinedAsUnreadable() {
        List<IngestItem> items = read(dir.resolve("gone.warc.gz"));
        assertEquals("file-unreadable", problems(items).get(0).reason());
    }

    @Test
    void aNonHttpResponseIsQuarantined() throws IOException {
        Path file = ForeignWarcs.write(dir.resolve("dns.warc.gz"), true,
                new org.netpreserve.jwarc.WarcResponse.Builder("dns:www.wenming.cn").date(ForeignWarcs.DATE)
                        .body(org.netpreserve.jwarc.MediaType.parse("text/dns"),
                                "20190501 www.wenming.cn. 300 IN A 1.2.3.4".getBytes(StandardCharsets.US_ASCII))
                        .build());
        assertEquals("not-http", problems(read(file)).get(0).reason());
    }

    @Test
    void offsetsAndLengthsPointAtTheRecordsGzipMember() throws IOException {
        Path file = threeRecords("offsets.warc.gz");
        List<CaptureRecord> captures = captures(read(file));
        long end = 0;
        for (CaptureRecord c : captures) {
            HttpResponseData back = WarcPayloadReader.read(file.toString(), c.warcOffset(), null);
            assertArrayEquals(c.body(), back.body());
            end = c.warcOffset() + c.warcLength();
        }
        assertEquals(Files.size(file), end);
    }

    @Test
    void civcredMetadataIsJoinedToTheResponseAndRevisitItDescribes() throws IOException {
        Path crawlDir = dir.resolve("raw").resolve("c7");
        org.civcred.storage.CaptureRef first;
        try (CivcredWarcs warcs = new CivcredWarcs(crawlDir, "c7")) {
            first = warcs.html(ARTICLE, "<html>故事</html>", StandardCharsets.UTF_8, CivcredWarcs.T0, "wenming",
                    "civilization");
            warcs.revisit(ARTICLE, first, CivcredWarcs.T0, CivcredWarcs.T0.plusSeconds(60), "wenming", "civilization");
        }
        Path file;
        try (java.util.stream.Stream<Path> files = Files.list(crawlDir)) {
            file = files.filter(p -> p.toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        }
        List<IngestItem> items = read(file);
        assertEquals(List.of(), problems(items));
        List<CaptureRecord> captures = captures(items);
        assertEquals(2, captures.size());
        CaptureRecord response = captures.get(0);
        assertEquals("ok", response.outcome());
        assertEquals("c7", response.crawlId());
        assertEquals("GET " + ARTICLE, response.requestKey());
        assertEquals("GET", response.requestMethod());
        assertEquals(first.recordId().toString(), response.captureId());
        assertEquals(first.offset(), response.warcOffset());
        assertEquals(first.length(), response.warcLength());
        assertEquals(first.payloadDigest(), response.payloadDigest());
        CaptureRecord revisit = captures.get(1);
        assertEquals("revisit", revisit.recordType());
        assertEquals("unchanged", revisit.outcome());
        assertEquals(304, revisit.status());
        assertEquals(response.captureId(), revisit.refersTo());
        assertEquals(response.payloadDigest(), revisit.payloadDigest());
        assertNull(revisit.body());
    }

    private Path threeRecords(String name) throws IOException {
        return ForeignWarcs.write(dir.resolve(name), true,
                ForeignWarcs.html("http://www.wenming.cn/1.html", "<html>" + "一".repeat(300) + "</html>"),
                ForeignWarcs.html("http://www.wenming.cn/2.html", "<html>" + "二".repeat(300) + "</html>"),
                ForeignWarcs.html("http://www.wenming.cn/3.html", "<html>" + "三".repeat(300) + "</html>"));
    }
}
