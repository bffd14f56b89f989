package org.civcred.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny web site on a JDK HttpServer bound to 127.0.0.1 on a free port. It also serves as the
 * crawl's proxy (requests arrive in absolute form) and, when asked, answers the offline-mirror
 * probe. Every request is logged with a server-side timestamp.
 */
final class TinySite implements AutoCloseable {

    /** One request as the server saw it. */
    record Hit(String method, String target, Headers headers, String body, long nanos) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What to answer. */
    record Reply(int status, List<String[]> headers, byte[] body) {
        static Reply of(int status, String contentType, String body) {
            List<String[]> h = new ArrayList<>();
            if (contentType != null) {
                h.add(new String[] {"Content-Type", contentType});
            }
            return new Reply(status, h, body.getBytes(StandardCharsets.UTF_8));
        }

        Reply with(String name, String value) {
            List<String[]> h = new ArrayList<>(headers);
            h.add(new String[] {name, value});
            return new Reply(status, h, body);
        }
    }

    /** Computes a reply for a request (sees the hits so far for that target, this one included). */
    interface Responder {
        Reply reply(Hit hit, int timesSeen) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile boolean mirror = true;

    TinySite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    TinySite asMirror(boolean answersProbe) {
        this.mirror = answersProbe;
        return this;
    }

    TinySite html(String target, String body) {
        return on(target, (h, n) -> Reply.of(200, "text/html; charset=UTF-8", page(body)));
    }

    TinySite text(String target, String contentType, String body) {
        return on(target, (h, n) -> Reply.of(200, contentType, body));
    }

    TinySite on(String target, Responder r) {
        routes.put(target, r);
        return this;
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
    }

    String url(String target) {
        return "http://" + proxy() + target;
    }

    String proxy() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Crawl requests for {@code target} (the mirror probe excluded). */
    List<Hit> hits(String target) {
        return hits.stream().filter(h -> h.target().equals(target)).toList();
    }

    /** Targets requested by the crawl, robots.txt and the probe excluded, in arrival order. */
    List<String> pageTargets() {
        return hits.stream().map(Hit::target)
                .filter(t -> !t.equals("/robots.txt") && !t.equals(MirrorProbe.ENDPOINT)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        long now = System.nanoTime();
        String target = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Hit hit = new Hit(ex.getRequestMethod(), target, ex.getRequestHeaders(), body, now);
        Reply reply;
        try {
            if (target.equals(MirrorProbe.ENDPOINT)) {
                reply = mirror ? Reply.of(200, "application/json", "{\"civcred-mirror\":\"test\",\"hosts\":[]}")
                        : Reply.of(404, "text/plain", "no");
            } else {
                hits.add(hit);
                Responder r = routes.get(target);
                int seen = (int) hits.stream().filter(h -> h.target().equals(target)).count();
                reply = r == null ? Reply.of(404, "text/plain", "not here") : r.reply(hit, seen);
            }
        } catch (Exception e) {
            reply = Reply.of(500, "text/plain", e.toString());
        }
        for (String[] h : reply.headers()) {
            ex.getResponseHeaders().add(h[0], h[1]);
        }
        ex.sendResponseHeaders(reply.status(), reply.status() == 304 || reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            if (reply.status() != 304) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
