package org.civcred.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civcred.config.Errors;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code civcred crawl} of the bundled mirror, served on loopback by this JVM, in child JVMs: once
 * uninterrupted, and once killed at each crawl kill point (when the mirror has answered that
 * fraction of the uninterrupted crawl's requests) and resumed under the same crawl id until it
 * completes.
 */
final class CrawlUnderKills {

    static final String CRAWL_ID = "k";
    private static final Logger LOG = LoggerFactory.getLogger(CrawlUnderKills.class);

    private final ChildCivcred child;
    private final CrashOptions options;

    CrawlUnderKills(ChildCivcred child, CrashOptions options) {
        this.child = child;
        this.options = options;
    }

    /** The uninterrupted crawl; returns how many requests it made. */
    int reference(Path data) throws IOException, InterruptedException {
        try (MirrorServer mirror = MirrorServer.start(MirrorSnapshot.standard(), "127.0.0.1", 0)) {
            complete(mirror, data, "reference-crawl");
            return mirror.requests().size();
        }
    }

    /** The killed crawl: one child per kill point, then one that finishes. */
    List<Kill> killed(Path data, List<KillPoint> points, int referenceRequests) throws IOException, InterruptedException {
        List<Kill> kills = new ArrayList<>();
        try (MirrorServer mirror = MirrorServer.start(MirrorSnapshot.standard(), "127.0.0.1", 0)) {
            int n = 0;
            for (KillPoint point : points) {
                int target = (int) Math.round(point.fraction() * referenceRequests);
                Process p = start(mirror, data, "killed-crawl-" + (++n));
                long deadline = System.nanoTime() + options.stepTimeout().toNanos();
                while (p.isAlive() && mirror.requests().size() < target && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                if (p.isAlive()) {
                    int sent = mirror.requests().size();
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    kills.add(new Kill(point.target(), KillPoint.CRAWL,
                            "after " + sent + " requests (the uninterrupted crawl made " + referenceRequests + ")"));
                    LOG.info("kill {}: crawl after {} of {} requests", kills.size(), sent, referenceRequests);
                } else {
                    LOG.warn("crawl finished before its kill point at {} requests", target);
                }
            }
            complete(mirror, data, "killed-crawl-final");
        }
        return kills;
    }

    private void complete(MirrorServer mirror, Path data, String name) throws IOException, InterruptedException {
        Process p = start(mirror, data, name);
        if (!p.waitFor(options.stepTimeout().toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            throw Errors.usage("The crawl " + name + " failed (exit " + p.exitValue() + "):\n"
                    + new ChildLog(log(data, name)).tail(20), "See " + log(data, name));
        }
    }

    private Process start(MirrorServer mirror, Path data, String name) throws IOException {
        List<String> args = new ArrayList<>(List.of("crawl"));
        if (options.sites().isEmpty()) {
            args.add("--all");
        } else {
            args.addAll(List.of("--site", String.join(",", options.sites())));
        }
        args.addAll(List.of("--crawl-id", CRAWL_ID, "--delay", "10ms", "--proxy", "127.0.0.1:" + mirror.port(),
                "--data", data.toString()));
        return child.start(log(data, name), args);
    }

    static Path log(Path data, String name) {
        return data.resolveSibling("logs").resolve(data.getFileName() + "-" + name + ".log");
    }
}
