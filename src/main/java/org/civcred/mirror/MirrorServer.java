package org.civcred.mirror;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.civcred.model.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link MirrorSnapshot} over HTTP/1.1 on loopback, both as a forward proxy (absolute
 * URI in the request line) and host-routed (origin form plus {@code Host:}). Unknown hosts get
 * 502 (the mirror never touches the internet), CONNECT gets 501. Every request is logged.
 *
 * <p>Responses come from one {@link MirrorHandler}; {@link #start(MirrorSnapshot, UnaryOperator, String, int, Clock)}
 * lets a layer wrap it (fault injection) without changing the server or the snapshot.
 */
public final class MirrorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MirrorServer.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).withZone(ZoneOffset.UTC);
    /** Each open connection holds a worker; crawlers keep a handful alive, so the cap is generous. */
    private static final int MAX_CONNECTIONS = 64;
    private static final int IDLE_MS = 5_000;

    private final ServerSocket socket;
    private final MirrorHandler handler;
    private final Delivery delivery;
    private final Clock clock;
    private final ExecutorService workers;
    private final Thread acceptor;
    private final List<LoggedRequest> log = new ArrayList<>();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    private MirrorServer(ServerSocket socket, MirrorHandler handler, Delivery delivery, Clock clock) {
        this.socket = socket;
        this.handler = handler;
        this.delivery = delivery;
        this.clock = clock;
        this.workers = new ThreadPoolExecutor(2, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "mirror-worker");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "mirror-accept");
        this.acceptor.setDaemon(true);
    }

    /** Starts serving the snapshot; port 0 picks a free port. */
    public static MirrorServer start(MirrorSnapshot snapshot, String bindHost, int port) throws IOException {
        return start(snapshot, UnaryOperator.identity(), bindHost, port, Clock.systemUTC());
    }

    /** Starts serving with the snapshot's handler wrapped by {@code layers} (identity for none). */
    public static MirrorServer start(MirrorSnapshot snapshot, UnaryOperator<MirrorHandler> layers, String bindHost,
                                     int port, Clock clock) throws IOException {
        return start(snapshot, layers, Delivery.PLAIN, bindHost, port, clock);
    }

    /**
     * As {@link #start(MirrorSnapshot, UnaryOperator, String, int, Clock)}, with the bytes put on the
     * socket by {@code delivery}, so that socket-level faults (resets, stalls, short bodies) can be staged.
     */
    public static MirrorServer start(MirrorSnapshot snapshot, UnaryOperator<MirrorHandler> layers, Delivery delivery,
                                     String bindHost, int port, Clock clock) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(bindHost), port), 64);
        MirrorServer server = new MirrorServer(socket, layers.apply(snapshot.handler()), delivery, clock);
        server.acceptor.start();
        LOG.info("Mirror {} serving {} hosts on {}:{}", snapshot.version(), snapshot.hosts().size(), bindHost, server.port());
        return server;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** A copy of the request log, in arrival order. */
    public List<LoggedRequest> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    public void clearLog() {
        synchronized (log) {
            log.clear();
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the mirror socket: {}", e.getMessage());
        }
        for (Socket c : clients) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debug("Closing a mirror connection: {}", e.getMessage());
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = socket.accept();
                try {
                    workers.execute(() -> serve(client));
                } catch (RejectedExecutionException e) {
                    LOG.warn("Mirror refused a connection: {} connections are open", MAX_CONNECTIONS);
                    client.close();
                }
            } catch (IOException e) {
                if (open) {
                    LOG.warn("Mirror accept failed: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * One connection: requests are answered in turn until the client closes, asks to close, or is idle
     * for {@link #IDLE_MS}. Keep-alive matters: crawlers and HttpURLConnection reuse connections.
     */
    private void serve(Socket client) {
        clients.add(client);
        try (client) {
            client.setSoTimeout(IDLE_MS);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            while (open) {
                HttpWire.Incoming request = HttpWire.read(in);
                if (request == null) {
                    return;
                }
                boolean keep = answer(request, client, out);
                if (!keep || request.wantsClose()) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            LOG.debug("Mirror connection ended: {}", e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Mirror connection failed: {}", e.toString());
        } finally {
            clients.remove(client);
        }
    }

    /** Answers one request; false when the connection must close afterwards. */
    // The log entry is written before the response so that a client reading the log right after its
    // response always finds its own request there.
    private boolean answer(HttpWire.Incoming in, Socket client, OutputStream out) throws IOException {
        String target = in.target();
        boolean viaProxy = target.regionMatches(true, 0, "http://", 0, 7) || target.regionMatches(true, 0, "https://", 0, 8);
        String host = Optional.ofNullable(in.header("Host")).orElse("");
        String url = viaProxy ? target : "http://" + host + target;
        String body = new String(in.body(), StandardCharsets.UTF_8);
        MirrorResponse response;
        boolean keep = true;
        if (in.method().equalsIgnoreCase("CONNECT") || target.regionMatches(true, 0, "https://", 0, 8)) {
            response = text(501, "the mirror serves http only");
            keep = false;
        } else {
            Optional<MirrorResponse> answer;
            try {
                answer = handler.respond(new MirrorRequest(in.method(), url, body, in.headers()));
            } catch (RuntimeException e) {
                LOG.warn("Mirror handler failed on {} {}: {}", in.method(), url, e.toString());
                answer = Optional.of(text(500, "mirror error: " + e.getMessage()));
            }
            response = answer.orElseGet(() -> text(502, "civcred mirror: unknown host '" + hostOf(url)
                    + "'; the mirror serves only its own hosts and never touches the internet"));
        }
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Date", HTTP_DATE.format(clock.instant())));
        headers.addAll(response.headers());
        headers.add(new Header("Connection", keep && !in.wantsClose() ? "keep-alive" : "close"));
        LoggedRequest entry = new LoggedRequest(clock.instant(), in.method(), url, body, immutable(in.headers()),
                response.status(), viaProxy);
        synchronized (log) {
            log.add(entry);
        }
        boolean open = delivery.send(client, out, new MirrorResponse(response.status(), headers, response.body()));
        LOG.debug("{} {} -> {}{}", in.method(), url, response.status(), viaProxy ? " (proxy)" : "");
        return keep && open;
    }

    private static Map<String, List<String>> immutable(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String hostOf(String url) {
        String rest = url.replaceFirst("^[a-zA-Z]+://", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static MirrorResponse text(int status, String message) {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        return new MirrorResponse(status, List.of(new Header("Server", "civcred-mirror"),
                new Header("Content-Type", "text/plain; charset=UTF-8"), new Header("Content-Length", String.valueOf(body.length))), body);
    }
}
