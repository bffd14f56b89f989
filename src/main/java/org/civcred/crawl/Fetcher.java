package org.civcred.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Header;
import org.civcred.storage.HttpResponseData;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Sends one request with jsoup and captures the response as it will be archived. One instance
 * per worker thread (a jsoup session reuses its HTTP client and connections).
 *
 * <p>Redirects are not followed (each hop is its own capture); HTTP errors and any content type
 * are returned as data. The session keeps no cookies: the only cookies ever sent are those of
 * the user's cookie file, so a cookie a defence sets is never presented back. The body limit is
 * set one byte above {@code crawl.max-body-bytes} so that a body of exactly the limit is not
 * mistaken for a truncated one.
 */
final class Fetcher {

    /** What one attempt produced: a response, or the I/O failure that prevented one. */
    record Result(List<Header> sentHeaders, Instant fetchTime, Duration elapsed,
                  HttpResponseData response, Exception error) {
    }

    static final String ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8";
    static final String ACCEPT_LANGUAGE = "zh-CN,zh;q=0.9";
    static final String FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    private final CrawlConfig config;
    private final ProxyAddress proxy;
    private final CookieJar cookies;
    private final Clock clock;
    private final Connection session;

    Fetcher(CrawlConfig config, ProxyAddress proxy, CookieJar cookies, Clock clock) {
        this.config = config;
        this.proxy = proxy;
        this.cookies = cookies;
        this.clock = clock;
        this.session = Jsoup.newSession().cookieStore(new ForgetfulCookieStore());
    }

    /** Sends {@code request} with the given extra headers (conditional GET); never throws for I/O trouble. */
    Result fetch(CrawlRequest request, List<Header> extraHeaders) {
        List<Header> sent = new ArrayList<>();
        sent.add(new Header("Host", Urls.hostKey(request.url())));
        Connection c = session.newRequest(request.url())
                .method(request.isPost() ? Connection.Method.POST : Connection.Method.GET)
                .followRedirects(false).ignoreHttpErrors(true).ignoreContentType(true)
                .maxBodySize(config.maxBodyBytes() + 1)
                // jsoup has one timeout for the whole exchange: connect plus read.
                .timeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().plus(config.readTimeout()).toMillis()));
        header(c, sent, "User-Agent", config.userAgent());
        header(c, sent, "Accept", ACCEPT);
        header(c, sent, "Accept-Language", ACCEPT_LANGUAGE);
        header(c, sent, "Accept-Encoding", "gzip");
        if (request.isPost()) {
            header(c, sent, "Content-Type", FORM_TYPE);
            c.requestBody(request.formBody());
        }
        extraHeaders.forEach(h -> header(c, sent, h.name(), h.value()));
        Instant fetchTime = clock.instant();
        cookies.headerFor(request.url(), fetchTime).ifPresent(cookie -> {
            c.header("Cookie", cookie);
            sent.add(new Header("Cookie", CookieJar.redact(cookie)));
        });
        if (proxy != null) {
            c.proxy(proxy.host(), proxy.port());
        }
        long start = System.nanoTime();
        try {
            Connection.Response res = c.execute();
            byte[] body = res.bodyAsBytes();
            boolean truncated = body.length > config.maxBodyBytes();
            if (truncated) {
                body = Arrays.copyOf(body, config.maxBodyBytes());
            }
            HttpResponseData data = new HttpResponseData("HTTP/1.1", res.statusCode(),
                    res.statusMessage() == null ? "" : res.statusMessage(), headersOf(res), body, truncated);
            return new Result(sent, fetchTime, Duration.ofNanos(System.nanoTime() - start), data, null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return new Result(sent, fetchTime, Duration.ofNanos(System.nanoTime() - start), null, e);
        }
    }

    private static void header(Connection c, List<Header> sent, String name, String value) {
        c.header(name, value);
        sent.add(new Header(name, value));
    }

    private static List<Header> headersOf(Connection.Response res) {
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : res.multiHeaders().entrySet()) {
            if (e.getKey() == null || e.getKey().startsWith(":")) {
                continue;
            }
            for (String v : e.getValue()) {
                headers.add(new Header(e.getKey(), v));
            }
        }
        return headers;
    }

    /** Remembers nothing, so Set-Cookie answers (a defence's clearance cookie included) are never sent back. */
    private static final class ForgetfulCookieStore implements CookieStore {
        @Override
        public void add(URI uri, HttpCookie cookie) {
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return List.of();
        }

        @Override
        public List<HttpCookie> getCookies() {
            return List.of();
        }

        @Override
        public List<URI> getURIs() {
            return List.of();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return false;
        }

        @Override
        public boolean removeAll() {
            return false;
        }
    }
}
