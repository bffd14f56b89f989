package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP over loopback, in forward-proxy form and host-routed form. */
class MirrorServerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static MirrorServer server;

    @BeforeAll
    static void start() throws IOException {
        server = MirrorServer.start(MirrorSnapshot.standard(), UnaryOperator.identity(), "127.0.0.1", 0,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        server.clearLog();
    }

    private HttpURLConnection viaProxy(String url) throws IOException {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.port()));
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection(proxy);
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(5000);
        c.setReadTimeout(5000);
        return c;
    }

    /** A raw exchange: origin-form request line plus a Host header, as a host-routed client sends it. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aProxiedGetReturnsThePageWithRealisticHeaders() throws IOException {
        HttpURLConnection c = viaProxy("http://www.wenming.cn/sbhr_pd/zghrb/index.shtml");
        assertEquals(200, c.getResponseCode());
        assertEquals("text/html; charset=UTF-8", c.getContentType());
        assertEquals("nginx", c.getHeaderField("Server"));
        assertTrue(c.getHeaderField("ETag").startsWith("\""));
        assertEquals("Sun, 22 Nov 2026 08:00:00 GMT", c.getHeaderField("Date"));
        String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains("createPageHTML(countPage, currentPage, \"index\", \"shtml\")"));
        LoggedRequest logged = server.requests().get(0);
        assertTrue(logged.viaProxy());
        assertEquals("GET", logged.method());
        assertEquals("http://www.wenming.cn/sbhr_pd/zghrb/index.shtml", logged.url());
        assertEquals(200, logged.status());
        assertEquals(NOW, logged.time());
    }

    @Test
    void aProxiedPostPagesThroughTheTianjinRedList() throws IOException {
        for (int page = 1; page <= 4; page++) {
            HttpURLConnection c = viaProxy("http://credit.fzgg.tj.gov.cn/xygs/datalist.do");
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            String form = "pageNo=" + page + "&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm=";
            c.getOutputStream().write(form.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, c.getResponseCode());
            assertTrue(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("showDetail('R"));
        }
        List<LoggedRequest> log = server.requests();
        assertEquals(4, log.size());
        assertEquals("POST", log.get(3).method());
        assertEquals("pageNo=4&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm=", log.get(3).body());
    }

    @Test
    void aHostRoutedRequestIsAnsweredFromTheHostHeader() throws IOException {
        String answer = raw("GET /tjhr/index.shtml HTTP/1.1\r\nHost: www.tjwenming.cn\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
        assertTrue(answer.contains("Content-Type: text/html\r\n"), "GBK host sends no charset");
        byte[] body = answer.substring(answer.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(new String(body, Charset.forName("GB18030")).contains("天津好人"));
        LoggedRequest logged = server.requests().get(0);
        assertFalse(logged.viaProxy());
        assertEquals("http://www.tjwenming.cn/tjhr/index.shtml", logged.url());
    }

    @Test
    void robotsTxtAndConditionalGetWorkOverTheWire() throws IOException {
        HttpURLConnection robots = viaProxy("http://www.creditchina.gov.cn/robots.txt");
        assertEquals(200, robots.getResponseCode());
        assertTrue(new String(robots.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("Disallow: /private-api/"));
        HttpURLConnection first = viaProxy("http://hnny.wenming.cn/sbhr/index.shtml");
        String etag = first.getHeaderField("ETag");
        first.getInputStream().readAllBytes();
        HttpURLConnection again = viaProxy("http://hnny.wenming.cn/sbhr/index.shtml");
        again.setRequestProperty("If-None-Match", etag);
        assertEquals(304, again.getResponseCode());
    }

    @Test
    void unknownHostsGet502AndConnectGets501() throws IOException {
        HttpURLConnection c = viaProxy("http://www.example.com/");
        assertEquals(502, c.getResponseCode());
        String connect = raw("CONNECT www.creditchina.gov.cn:443 HTTP/1.1\r\nHost: www.creditchina.gov.cn:443\r\n\r\n");
        assertTrue(connect.startsWith("HTTP/1.1 501"), connect);
        assertTrue(connect.contains("the mirror serves http only"));
        assertEquals(502, server.requests().get(0).status());
        assertEquals(501, server.requests().get(1).status());
    }

    @Test
    void theControlEndpointsAnswerOnTheMirrorsOwnAddress() throws IOException {
        URL url = new URL("http://127.0.0.1:" + server.port() + "/__civcred/mirror");
        HttpURLConnection c = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
        String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"civcred-mirror\":\"2026.11\""), body);
        assertTrue(body.contains("www.tongbai.gov.cn"));
        HttpURLConnection gt = (HttpURLConnection) new URL("http://127.0.0.1:" + server.port() + "/__civcred/ground-truth.json")
                .openConnection(Proxy.NO_PROXY);
        assertTrue(new String(gt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("\"expected_captures\""));
    }

    @Test
    void aWrappingLayerSeesEveryRequest() throws IOException {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        UnaryOperator<MirrorHandler> layer = inner -> request -> {
            seen.add(request.url());
            return inner.respond(request);
        };
        try (MirrorServer wrapped = MirrorServer.start(MirrorSnapshot.standard(), layer, "127.0.0.1", 0, Clock.systemUTC())) {
            Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", wrapped.port()));
            HttpURLConnection c = (HttpURLConnection) new URL("http://www.tongbai.gov.cn/xyxx/hhb/index.html").openConnection(proxy);
            assertEquals(200, c.getResponseCode());
        }
        assertEquals(List.of("http://www.tongbai.gov.cn/xyxx/hhb/index.html"), seen);
    }

    @Test
    void eightConcurrentClientsGetEveryPageAndTheLogHasEachRequestOnce() throws Exception {
        List<String> urls = MirrorSnapshot.standard().groundTruth().crawl().expectedCaptures().stream()
                .filter(k -> k.startsWith("GET ")).map(k -> k.substring(4)).limit(120).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String url : urls) {
                results.add(pool.submit(() -> {
                    HttpURLConnection c = viaProxy(url);
                    c.setRequestProperty("Accept-Encoding", "gzip");
                    int status = c.getResponseCode();
                    c.getInputStream().readAllBytes();
                    return status;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : results) {
                assertEquals(200, f.get(10, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(java.util.Set.copyOf(urls), java.util.Set.copyOf(server.requests().stream().map(LoggedRequest::url).toList()));
        assertEquals(urls.size(), server.requests().size());
    }
}
