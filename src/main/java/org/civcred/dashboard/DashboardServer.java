package org.civcred.dashboard;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelTables;

/**
 * The dashboard over one data directory: the page at {@code /}, its JSON at
 * {@code /api/dashboard}, archived copies at {@code /capture/{id}}. Every request reads the gold
 * tables' latest versions through Delta Kernel, so a pipeline run shows up on the next reload.
 */
public final class DashboardServer implements AutoCloseable {

    /** Requests are short and few; a handful of threads keeps one slow table read from blocking the page. */
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private DashboardServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving.
     *
     * @param dataDir a local path or Hadoop URI holding {@code tables/} (and the WARC files captures name)
     * @param host    address to bind, 127.0.0.1 unless the dashboard is meant to be reachable from elsewhere
     * @param port    port, or 0 for any free one
     * @throws java.net.BindException when the port is taken
     */
    public static DashboardServer start(String dataDir, Configuration conf, String host, int port) throws IOException {
        KernelTables tables = new KernelTables(dataDir, conf);
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", new PageRoute());
        server.createContext("/api/", new ApiRoute(new GoldTables(tables), new RegionLabels(),
                new CaptureUrls(tables), dataDir));
        server.createContext(CaptureRoute.PREFIX, new CaptureRoute(new ArchivedPages(tables, conf)));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "dashboard-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new DashboardServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8090/}. */
    public String url() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
