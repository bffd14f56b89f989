package org.civcred.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.civcred.config.Errors;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.fault.FaultPlan;
import org.civcred.mirror.fault.FaultSpec;
import org.civcred.mirror.fault.FaultyMirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the bundled offline snapshot of the sites on loopback, as a forward proxy and by Host header. */
@Command(name = "mirror", mixinStandardHelpOptions = true,
        description = {"Serve the bundled offline mirror of the sites on loopback.",
            "Works as an HTTP forward proxy (crawl --proxy 127.0.0.1:PORT) and routes by Host header.",
            "Example: bin/civcred mirror --port 18080"})
final class MirrorCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "18080", description = "Port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}")
    String bind;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = {"Inject faults, e.g. 5xx:0.05,429:0.02,reset:0.01 or the presets all / mixed (docs/faults.md).",
                "Counts are served at /__civcred/faults.json."})
    String faults;

    @Option(names = "--fault-seed", defaultValue = "1", paramLabel = "S",
            description = "Seed that decides which URLs the faults hit. Default: ${DEFAULT-VALUE}")
    long faultSeed;

    @Option(names = "--export", paramLabel = "DIR",
            description = "Write the snapshot's pages and ground-truth.json to DIR and exit instead of serving.")
    Path export;

    @Override
    public Integer call() throws Exception {
        FaultSpec spec = faults == null ? null : FaultSpec.parse(faults);
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        if (export != null) {
            snapshot.exportTo(export);
            System.out.printf("Exported %d resources of mirror %s to %s%n",
                    snapshot.resources().size(), snapshot.version(), export.toAbsolutePath());
            return 0;
        }
        MirrorServer server;
        try {
            server = faults == null ? MirrorServer.start(snapshot, bind, port)
                    : FaultyMirror.start(snapshot, new FaultPlan(spec, faultSeed), bind, port).server();
        } catch (java.net.BindException e) {
            throw Errors.usage("Port " + port + " on " + bind + " is already in use",
                    "Stop the other process or choose another port with --port");
        }
        String base = "http://" + bind + ":" + server.port();
        System.out.printf("civcred mirror %s: %d hosts, %d resources on %s (forward proxy and Host-routed)%n",
                snapshot.version(), snapshot.hosts().size(), snapshot.resources().size(), base);
        System.out.printf("  crawl it:     bin/civcred crawl --all --proxy %s:%d --data /tmp/h%n", bind, server.port());
        System.out.printf("  ground truth: %s/__civcred/ground-truth.json%n", base);
        if (faults != null) {
            System.out.printf("  faults:       %s (seed %d), counts at %s/__civcred/faults.json%n", faults, faultSeed, base);
        }
        System.out.println("  Ctrl-C stops it.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mirror-shutdown"));
        stopped.await();
        return 0;
    }
}
