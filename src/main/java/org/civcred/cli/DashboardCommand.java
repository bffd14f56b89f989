package org.civcred.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.civcred.config.Errors;
import org.civcred.dashboard.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the dashboard over a data directory's gold tables, read with Delta Kernel (no Spark). */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve a dashboard of the gold tables: overlapping persons with their archived sources,",
            "charts per month and province, republication lags, cross-mentions, shared terms, cities.",
            "Reads the latest table versions on every request; a new pipeline run shows on reload.",
            "Example: bin/civcred dashboard --data /tmp/civcred-demo --port 8090"})
final class DashboardCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "8090", description = "Port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind; loopback keeps the archive private. Default: ${DEFAULT-VALUE}")
    String host;

    @Override
    public Integer call() throws Exception {
        // Kernel warns on each snapshot of a table without a checkpoint (gold tables have few commits),
        // and the dashboard takes five snapshots per page view.
        Configurator.setLevel("io.delta.kernel.internal.snapshot.SnapshotManager", Level.ERROR);
        DashboardServer server;
        try {
            server = DashboardServer.start(common.data, new Configuration(), host, port);
        } catch (java.net.BindException e) {
            throw Errors.usage("Port " + port + " on " + host + " is already in use",
                    "Stop the other process or choose another port with --port");
        }
        System.out.printf("civcred dashboard on %s (data %s)%n", server.url(), common.data);
        System.out.println("  Ctrl-C stops it.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        stopped.await();
        return 0;
    }
}
