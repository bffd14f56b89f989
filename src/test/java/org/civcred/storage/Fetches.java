package org.civcred.storage;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;

/** Ready-made fetch records for the storage tests. */
final class Fetches {

    static final Instant T0 = Instant.parse("2024-03-01T08:00:00.125Z");
    static final String CRAWL = "c1";

    private Fetches() {
    }

    static List<Header> requestHeaders(String host) {
        return List.of(new Header("Host", host), new Header("User-Agent", "civcred-test"),
                new Header("Accept-Encoding", "gzip"));
    }

    static HttpResponseData html(int status, String body, Charset charset) {
        return new HttpResponseData("HTTP/1.1", status, status == 200 ? "OK" : "Not Found", List.of(
                new Header("Server", "nginx"),
                new Header("Content-Type", "text/html"),
                new Header("Content-Encoding", "gzip"),
                new Header("Transfer-Encoding", "chunked"),
                new Header("Content-Length", "17"),
                new Header("ETag", "\"abc\"")), body.getBytes(charset), false);
    }

    static FetchRecord ok(String url, String body) {
        return ok(url, body, 1);
    }

    static FetchRecord ok(String url, String body, int attempt) {
        CrawlRequest request = CrawlRequest.get(url);
        return new FetchRecord(CRAWL, request, requestHeaders(host(url)), T0.plusSeconds(attempt),
                html(200, body, StandardCharsets.UTF_8), null, FetchOutcome.OK, "", attempt, 2, "wenming",
                "civilization", Map.of("purpose", "page", "fetch-ms", "12"));
    }

    static FetchRecord withResponse(CrawlRequest request, HttpResponseData response, FetchOutcome outcome,
                                    int attempt, Map<String, String> extra) {
        return new FetchRecord(CRAWL, request, requestHeaders(host(request.url())), T0, response, null, outcome,
                "", attempt, 0, "site", "credit", extra);
    }

    static FetchRecord robots(String host, String rules) {
        HttpResponseData response = new HttpResponseData("HTTP/1.1", 200, "OK",
                List.of(new Header("Content-Type", "text/plain")), rules.getBytes(StandardCharsets.UTF_8), false);
        return withResponse(CrawlRequest.get("http://" + host + "/robots.txt"), response, FetchOutcome.OK, 1,
                Map.of("purpose", "robots"));
    }

    static FetchRecord retry(String url, int attempt) {
        HttpResponseData busy = new HttpResponseData("HTTP/1.1", 503, "Service Unavailable",
                List.of(new Header("Retry-After", "5")), "busy".getBytes(StandardCharsets.UTF_8), false);
        return withResponse(CrawlRequest.get(url), busy, FetchOutcome.RETRY, attempt, Map.of("purpose", "page"));
    }

    static FetchRecord notFetched(String url, FetchOutcome outcome, String detail) {
        return new FetchRecord(CRAWL, CrawlRequest.get(url), List.of(), T0, null, null, outcome, detail, 1, 3,
                "wenming", "civilization", Map.of("purpose", "page"));
    }

    static WarcStoreOptions options(String dir, long maxFileBytes) {
        return new WarcStoreOptions(dir, CRAWL, maxFileBytes, "civcred/0.1", "test operator", "civcred-test",
                "obey", null);
    }

    static String host(String url) {
        return java.net.URI.create(url).getHost();
    }
}
