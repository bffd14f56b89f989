package org.civcred.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcPayloadReaderTest {

    private static final String PAGE = "<html><body><a href=\"./201801/t20180131_4578310.shtml\">张喆</a></body></html>";

    @TempDir
    Path tmp;

    @Test
    void theArchivedResponseIsReadBackFromItsOffset() throws IOException {
        CaptureRef ref;
        CaptureRef second;
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 1L << 30))) {
            ref = store.write(Fetches.withResponse(CrawlRequest.get("http://www.tjwenming.cn/tjhr/index.shtml"),
                    Fetches.html(200, PAGE, Charset.forName("GBK")), FetchOutcome.OK, 1, Map.of()));
            second = store.write(Fetches.ok("http://h.test/2", "second"));
        }
        HttpResponseData read = WarcPayloadReader.read(ref.warcFile(), ref.offset(), null);
        assertEquals("HTTP/1.1", read.protocol());
        assertEquals(200, read.status());
        assertEquals("OK", read.reason());
        assertArrayEquals(PAGE.getBytes(Charset.forName("GBK")), read.body());
        assertEquals(List.of(
                new Header("Server", "nginx"),
                new Header("Content-Type", "text/html"),
                new Header("X-Crawler-Content-Encoding", "gzip"),
                new Header("X-Crawler-Transfer-Encoding", "chunked"),
                new Header("Content-Length", Integer.toString(read.body().length)),
                new Header("ETag", "\"abc\"")), read.headers());

        String plainPath = Path.of(URI.create(second.warcFile())).toString();
        assertEquals("second", new String(WarcPayloadReader.read(plainPath, second.offset(), null).body()));
    }

    @Test
    void aTruncatedCaptureSaysSo() throws IOException {
        CaptureRef ref;
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 1L << 30))) {
            ref = store.write(Fetches.withResponse(CrawlRequest.get("http://h.test/big"),
                    new HttpResponseData("HTTP/1.1", 200, "", List.of(), new byte[64], true),
                    FetchOutcome.TOO_LARGE, 1, Map.of()));
        }
        HttpResponseData read = WarcPayloadReader.read(ref.warcFile(), ref.offset(), null);
        assertTrue(read.truncated());
        assertEquals("", read.reason());
        assertEquals(64, read.body().length);
    }

    @Test
    void anOffsetThatIsNotAResponseIsAnError() throws IOException {
        CaptureRef lone;
        CaptureRef revisit;
        try (WarcStore store = WarcStore.open(Fetches.options(tmp.toString(), 1L << 30))) {
            lone = store.write(Fetches.notFetched("http://h.test/x", FetchOutcome.BLOCKED, "host not allowed"));
            revisit = store.write(new FetchRecord("c1", CrawlRequest.get("http://h.test/y"), List.of(), Fetches.T0,
                    new HttpResponseData("HTTP/1.1", 304, "Not Modified", List.of(), new byte[0], false),
                    new Revisit(Revisit.SERVER_NOT_MODIFIED, URI.create("urn:uuid:1-2-3-4-5"), "http://h.test/y",
                            Instant.EPOCH, "sha1:AAAA"), FetchOutcome.UNCHANGED, "", 1, 0, "s", "credit", Map.of()));
        }
        IOException metadata = assertThrows(IOException.class,
                () -> WarcPayloadReader.read(lone.warcFile(), lone.offset(), null));
        assertTrue(metadata.getMessage().contains("metadata"), metadata.getMessage());
        assertThrows(IOException.class, () -> WarcPayloadReader.read(revisit.warcFile(), revisit.offset(), null));
    }
}
