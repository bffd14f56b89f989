package org.civcred.jobs.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.FetchRecord;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.Revisit;
import org.civcred.storage.WarcStore;
import org.civcred.storage.WarcStoreOptions;

/** Small WARC files written by civcred's own store: record groups with their metadata records. */
public final class CivcredWarcs implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private final WarcStore store;
    private final String crawlId;

    public CivcredWarcs(Path crawlDir, String crawlId) throws IOException {
        this.crawlId = crawlId;
        store = WarcStore.open(new WarcStoreOptions(crawlDir.toString(), crawlId, 1L << 30, "civcred/0.1",
                "test operator", "civcred-test", "obey", null));
    }

    /** Archives a 200 response; {@code contentType} is sent as the Content-Type header. */
    public CaptureRef page(CrawlRequest request, String contentType, byte[] body, Instant at, String site,
                           String family) throws IOException {
        HttpResponseData response = new HttpResponseData("HTTP/1.1", 200, "OK",
                List.of(new Header("Content-Type", contentType)), body, false);
        return store.write(new FetchRecord(crawlId, request, List.of(), at, response, null, FetchOutcome.OK, "",
                1, 1, site, family, Map.of("purpose", "page")));
    }

    public CaptureRef html(String url, String html, Charset charset, Instant at, String site, String family)
            throws IOException {
        return page(CrawlRequest.get(url), "text/html", html.getBytes(charset), at, site, family);
    }

    /** Archives a 304 answer as a revisit of an earlier capture of the same URL. */
    public CaptureRef revisit(String url, CaptureRef original, Instant originalAt, Instant at, String site,
                              String family) throws IOException {
        HttpResponseData notModified = new HttpResponseData("HTTP/1.1", 304, "Not Modified", new ArrayList<>(),
                new byte[0], false);
        Revisit revisit = new Revisit(Revisit.SERVER_NOT_MODIFIED, original.recordId(), url, originalAt,
                original.payloadDigest());
        return store.write(new FetchRecord(crawlId, CrawlRequest.get(url), List.of(), at, notModified, revisit,
                FetchOutcome.UNCHANGED, "", 1, 1, site, family, Map.of("purpose", "page")));
    }

    /** Archives a non-2xx answer (an error page or a challenge). */
    public CaptureRef status(String url, int status, String body, FetchOutcome outcome, Instant at) throws IOException {
        HttpResponseData response = new HttpResponseData("HTTP/1.1", status, "X",
                List.of(new Header("Content-Type", "text/html")), body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                false);
        return store.write(new FetchRecord(crawlId, CrawlRequest.get(url), List.of(), at, response, null, outcome,
                "", 1, 1, "", "", Map.of("purpose", "page")));
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
