package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

class WarcStoreRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T07:59:00Z"), ZoneOffset.UTC);
    private static final String GBK_PAGE = "<html><head><meta charset=gb2312></head><body>张喆 王堃</body></html>";
    private static final String POST_URL = "http://credit.fzgg.tj.gov.cn/xygs/datalist.do";
    private static final String FORM = "pageNo=1&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm=";

    @TempDir
    Path tmp;

    private final List<CaptureRef> refs = new ArrayList<>();
    private Path warc;

    @BeforeEach
    void writeOneOfEachGroup() throws IOException {
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.resolve("raw/c1").toString(), 1L << 30), CLOCK)) {
            refs.add(store.write(Fetches.ok("http://www.wenming.cn/a/yw/index.shtml#top", "<p>hello</p>")));
            refs.add(store.write(post()));
            refs.add(store.write(revisit()));
            refs.add(store.write(Fetches.notFetched("http://www.wenming.cn/search/?q=1", FetchOutcome.ROBOTS_DISALLOWED,
                    "robots.txt: Disallow:\r\n /search/")));
            refs.add(store.write(gbk()));
            assertEquals(1, store.files().size());
            warc = Path.of(URI.create(store.files().get(0)));
        }
    }

    @Test
    void groupsAreWrittenInOrderAfterOneWarcinfoRecord() throws IOException {
        assertEquals(List.of("warcinfo",
                "request", "response", "metadata",
                "request", "response", "metadata",
                "request", "revisit", "metadata",
                "metadata",
                "request", "response", "metadata"), readAll().stream().map(r -> r.record().type()).toList());
    }

    @Test
    void theFileIsNamedAfterTheCrawlAndItsCreationTime() {
        assertEquals("CIVCRED-c1-20240301075900000-00000.warc.gz", warc.getFileName().toString());
        assertFalse(Files.exists(warc.resolveSibling("." + warc.getFileName() + ".crc")), "no checksum side file");
    }

    @Test
    void warcinfoDescribesTheCrawl() throws IOException {
        Read read = readAll().get(0);
        Warcinfo info = (Warcinfo) read.record();
        assertEquals(MessageVersion.WARC_1_1, info.version());
        assertEquals(warc.getFileName().toString(), info.filename().orElseThrow());
        MessageHeaders fields = read.fields();
        assertEquals("civcred/0.1", fields.first("software").orElseThrow());
        assertEquals("test operator", fields.first("operator").orElseThrow());
        assertEquals("WARC File Format 1.1", fields.first("format").orElseThrow());
        assertEquals("c1", fields.first("isPartOf").orElseThrow());
        assertEquals("civcred-test", fields.first("http-header-user-agent").orElseThrow());
        assertEquals("obey", fields.first("robots").orElseThrow());
        assertTrue(fields.first("conformsTo").orElseThrow().contains("warc-1.1"));
    }

    @Test
    void responsesCarryVerifiableDigestsAndRenamedEncodings() throws IOException {
        for (Read read : readAll()) {
            if (!(read.record() instanceof WarcResponse response)) {
                continue;
            }
            assertEquals(sha1(read.block()), response.blockDigest().orElseThrow());
            HttpResponse http = read.response();
            byte[] payload = http.body().stream().readAllBytes();
            assertEquals(sha1(payload), response.payloadDigest().orElseThrow());
            assertEquals(List.of(Long.toString(payload.length)), http.headers().all("Content-Length"));
            assertTrue(http.headers().first("Content-Encoding").isEmpty());
            assertTrue(http.headers().first("Transfer-Encoding").isEmpty());
            assertEquals("gzip", http.headers().first("X-Crawler-Content-Encoding").orElseThrow());
            assertEquals("chunked", http.headers().first("X-Crawler-Transfer-Encoding").orElseThrow());
            assertEquals(MessageVersion.WARC_1_1, response.version());
        }
    }

    @Test
    void theGetRequestRecordHoldsTheRequestLineAndHeaders() throws IOException {
        Read read = readAll().get(1);
        WarcRequest request = (WarcRequest) read.record();
        assertEquals("http://www.wenming.cn/a/yw/index.shtml#top", request.target());
        HttpRequest http = read.request();
        assertEquals("GET", http.method());
        assertEquals("/a/yw/index.shtml", http.target());
        assertEquals("www.wenming.cn", http.headers().first("Host").orElseThrow());
        assertEquals(refs.get(0).recordId(), request.concurrentTo().get(0));
    }

    @Test
    void thePostRequestRecordContainsTheFormBody() throws IOException {
        Read read = readAll().get(4);
        assertEquals(POST_URL, ((WarcRequest) read.record()).target());
        HttpRequest http = read.request();
        assertEquals("POST", http.method());
        assertEquals("/xygs/datalist.do", http.target());
        assertEquals(FORM, new String(http.body().stream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(Integer.toString(FORM.length()), http.headers().first("Content-Length").orElseThrow());
    }

    @Test
    void aRevisitPointsAtTheEarlierCaptureAndHasNoPayload() throws IOException {
        Read read = readAll().get(8);
        WarcRevisit revisit = (WarcRevisit) read.record();
        assertEquals(URI.create(Revisit.SERVER_NOT_MODIFIED), revisit.profile());
        assertEquals(URI.create("urn:uuid:11111111-2222-3333-4444-555555555555"), revisit.refersTo().orElseThrow());
        assertEquals("http://www.wenming.cn/a/yw/index.shtml", revisit.refersToTargetURI().orElseThrow().toString());
        assertEquals(Instant.parse("2023-01-01T00:00:00.5Z"), revisit.refersToDate().orElseThrow());
        assertEquals(new WarcDigest("sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N"), revisit.payloadDigest().orElseThrow());
        String head = new String(read.block(), StandardCharsets.UTF_8);
        assertTrue(head.startsWith("HTTP/1.1 304 Not Modified\r\n"), head);
        assertTrue(head.endsWith("ETag: \"abc\"\r\n\r\n"), "headers only, no payload: " + head);
        assertEquals(sha1(read.block()), revisit.blockDigest().orElseThrow());
        assertEquals("sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N", refs.get(2).payloadDigest());
    }

    @Test
    void metadataRecordsCarryTheOutcomeFields() throws IOException {
        List<Read> records = readAll();
        WarcMetadata first = (WarcMetadata) records.get(3).record();
        assertEquals(List.of(refs.get(0).recordId()), first.concurrentTo());
        assertEquals("application/warc-fields", first.contentType().toString());
        Map<String, String> fields = records.get(3).fieldMap();
        assertEquals("c1", fields.get("civcred-crawl-id"));
        assertEquals("GET http://www.wenming.cn/a/yw/index.shtml#top", fields.get("civcred-request-key"));
        assertEquals("ok", fields.get("civcred-outcome"));
        assertEquals("true", fields.get("civcred-final"));
        assertEquals("1", fields.get("civcred-attempt"));
        assertEquals("2", fields.get("civcred-depth"));
        assertEquals("wenming", fields.get("civcred-site"));
        assertEquals("civilization", fields.get("civcred-family"));
        assertEquals("2024-03-01T08:00:01.125Z", fields.get("civcred-fetch-time"));
        assertEquals("page", fields.get("civcred-purpose"));
        assertEquals("12", fields.get("civcred-fetch-ms"));

        WarcMetadata lone = (WarcMetadata) records.get(10).record();
        assertTrue(lone.concurrentTo().isEmpty());
        assertEquals("http://www.wenming.cn/search/?q=1", lone.target());
        Map<String, String> loneFields = records.get(10).fieldMap();
        assertEquals("robots-disallowed", loneFields.get("civcred-outcome"));
        assertEquals("robots.txt: Disallow:  /search/", loneFields.get("civcred-detail"), "one line");
        assertEquals("POST " + POST_URL + " " + CrawlRequest.post(POST_URL, FORM).key().split(" ", 3)[2],
                records.get(6).fieldMap().get("civcred-request-key"));
    }

    @Test
    void gbkBodiesAreStoredByteForByte() throws IOException {
        HttpResponse http = readAll().get(12).response();
        assertArrayEquals(GBK_PAGE.getBytes(Charset.forName("GBK")), http.body().stream().readAllBytes());
    }

    @Test
    void captureRefsPointAtTheirOwnGzipMembers() throws IOException {
        byte[] file = Files.readAllBytes(warc);
        List<String> expectedTypes = List.of("response", "response", "revisit", "metadata", "response");
        for (int i = 0; i < refs.size(); i++) {
            CaptureRef ref = refs.get(i);
            assertEquals(warc.toUri().toString().replace("file:///", "file:/"), ref.warcFile());
            byte[] member = Arrays.copyOfRange(file, (int) ref.offset(), (int) (ref.offset() + ref.length()));
            try (WarcReader reader = new WarcReader(new ByteArrayInputStream(member))) {
                WarcRecord record = reader.next().orElseThrow();
                assertEquals(expectedTypes.get(i), record.type());
                assertEquals(ref.recordId(), record.id());
                record.body().consume();
                assertTrue(reader.next().isEmpty(), "exactly one record in the member");
            }
        }
        assertNull(refs.get(3).payloadDigest());
    }

    @Test
    void aTruncatedBodyIsMarkedAsCutByLength(@TempDir Path other) throws IOException {
        HttpResponseData cut = new HttpResponseData("HTTP/1.1", 200, "OK", List.of(), new byte[100], true);
        try (WarcStore store = WarcStore.open(Fetches.options(other.toString(), 1L << 30), CLOCK)) {
            CaptureRef ref = store.write(Fetches.withResponse(CrawlRequest.get("http://h.test/big"), cut,
                    FetchOutcome.TOO_LARGE, 1, Map.of()));
            try (FileChannel channel = FileChannel.open(Path.of(URI.create(ref.warcFile())));
                 WarcReader reader = new WarcReader(channel.position(ref.offset()))) {
                assertEquals(WarcTruncationReason.LENGTH, reader.next().orElseThrow().truncated());
            }
        }
    }

    @Test
    void aGroupIsOnDiskBeforeWriteReturns(@TempDir Path other) throws IOException {
        try (WarcStore store = WarcStore.open(Fetches.options("file://" + other, 1L << 30), CLOCK)) {
            CaptureRef ref = store.write(Fetches.ok("http://h.test/a", "x"));
            Path file = Path.of(URI.create(store.files().get(0)));
            assertEquals(Files.size(file), store.bytesWritten());
            try (WarcReader reader = new WarcReader(file)) {
                assertEquals(List.of("warcinfo", "request", "response", "metadata"),
                        reader.records().map(WarcRecord::type).toList());
            }
            assertTrue(ref.offset() > 0);
        }
    }

    /** A record with its block, read eagerly because jwarc bodies vanish once the reader moves on. */
    record Read(WarcRecord record, byte[] block) {
        HttpResponse response() throws IOException {
            return HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        }

        HttpRequest request() throws IOException {
            return HttpRequest.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        }

        MessageHeaders fields() throws IOException {
            return MessageHeaders.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        }

        Map<String, String> fieldMap() throws IOException {
            Map<String, String> map = new HashMap<>();
            fields().map().forEach((k, v) -> map.put(k, v.get(0)));
            return map;
        }
    }

    private List<Read> readAll() throws IOException {
        List<Read> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            reader.onWarning(message -> {
                throw new AssertionError("jwarc warning: " + message);
            });
            for (WarcRecord record : reader) {
                records.add(new Read(record, record.body().stream().readAllBytes()));
            }
        }
        return records;
    }

    private static WarcDigest sha1(byte[] data) {
        return RecordGroupEncoder.sha1(data, 0, data.length);
    }

    private static FetchRecord post() {
        CrawlRequest request = CrawlRequest.post(POST_URL, FORM);
        HttpResponseData response = new HttpResponseData("HTTP/1.1", 200, "OK",
                List.of(new Header("Content-Type", "text/html;charset=UTF-8"), new Header("Content-Encoding", "gzip"),
                        new Header("Transfer-Encoding", "chunked")),
                "<table class=\"list-table\"></table>".getBytes(StandardCharsets.UTF_8), false);
        return Fetches.withResponse(request, response, FetchOutcome.OK, 1, Map.of("purpose", "page"));
    }

    private static FetchRecord revisit() {
        HttpResponseData notModified = new HttpResponseData("HTTP/1.1", 304, "Not Modified",
                List.of(new Header("ETag", "\"abc\"")), new byte[0], false);
        Revisit revisit = new Revisit(Revisit.SERVER_NOT_MODIFIED,
                URI.create("urn:uuid:11111111-2222-3333-4444-555555555555"), "http://www.wenming.cn/a/yw/index.shtml",
                Instant.parse("2023-01-01T00:00:00.5Z"), "sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N");
        return new FetchRecord("c1", CrawlRequest.get("http://www.wenming.cn/a/yw/index.shtml"), List.of(),
                Fetches.T0, notModified, revisit, FetchOutcome.UNCHANGED, "304", 1, 1, "wenming", "civilization",
                Map.of());
    }

    private static FetchRecord gbk() {
        return Fetches.withResponse(CrawlRequest.get("http://www.tjwenming.cn/tjhr/201801/t20180131_1.shtml"),
                Fetches.html(200, GBK_PAGE, Charset.forName("GBK")), FetchOutcome.OK, 1, Map.of());
    }
}
