package org.civcred.mirror.fault;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.MirrorSnapshot;

/**
 * A long mixed-fault crawl: whole-mirror crawls, each with a fresh crawl id against a fresh
 * faulty mirror whose seed moves on by one, until the time is up (at least one round). Each round
 * is judged by {@link FaultCheck}; its WARC files are deleted afterwards so disk use stays flat.
 * The crawler gets short timeouts and back-offs (see {@link #soakSettings}) so a stall costs seconds.
 */
public final class Soak {

    private final MirrorSnapshot snapshot;
    private final FaultSpec spec;
    private final long seed;
    private final Path dataDir;
    private final Settings settings;
    private final PrintStream out;

    public Soak(MirrorSnapshot snapshot, FaultSpec spec, long seed, Path dataDir, Settings settings, PrintStream out) {
        this.snapshot = snapshot;
        this.spec = spec;
        this.seed = seed;
        this.dataDir = dataDir;
        this.settings = soakSettings(settings);
        this.out = out;
    }

    /** Timeouts of seconds, back-offs of tens of milliseconds, caps the faults can reach quickly. */
    static Settings soakSettings(Settings s) {
        return s.with("crawl.timeout.connect", "1s", "soak")
                .with("crawl.timeout.read", "2s", "soak")
                .with("crawl.retry.base-backoff.offline", "20ms", "soak")
                // Should a loaded machine make the mirror probe time out, live-mode rests must not park the soak.
                .with("crawl.retry.base-backoff", "20ms", "soak")
                .with("crawl.challenge.backoff", "200ms", "soak")
                .with("crawl.retry.max-backoff", "3s", "soak")
                .with("crawl.max-pagination-pages", "40", "soak")
                .with("crawl.max-body-bytes", "2MiB", "soak");
    }

    public SoakFigures run(Duration length, String command) throws IOException {
        Instant start = Instant.now();
        SoakFigures figures = new SoakFigures(command, start);
        AtomicLong peak = new AtomicLong();
        Thread sampler = heapSampler(peak);
        int maxAttempts = settings.integer("crawl.retry.max-attempts");
        try {
            for (int round = 0; round == 0 || Duration.between(start, Instant.now()).compareTo(length) < 0; round++) {
                FaultCheck check = round(round, maxAttempts, figures);
                out.printf("round %d (seed %d): %s, %.0f s elapsed%n", round + 1, seed + round,
                        check.passed() ? "pass" : "FAIL", Duration.between(start, Instant.now()).toMillis() / 1000.0);
                if (!check.passed()) {
                    check.print(out);
                }
                out.flush();
            }
        } finally {
            sampler.interrupt();
        }
        figures.finish(peak.get(), Duration.between(start, Instant.now()).toMillis() / 1000.0);
        return figures;
    }

    private FaultCheck round(int round, int maxAttempts, SoakFigures figures) throws IOException {
        FaultPlan plan = new FaultPlan(spec, seed + round);
        Path data = dataDir.resolve("round-" + (round + 1));
        try (FaultyMirror mirror = FaultyMirror.start(snapshot, plan, "127.0.0.1", 0)) {
            CrawlResult result = Crawler.run(new CrawlOptions(data.toString(), "soak-" + (round + 1), List.of(),
                    ProfileCrawlRules.loadDefault(), settings, "127.0.0.1:" + mirror.port(), null, null, false, null,
                    null, Clock.systemUTC(), null));
            FaultCheck check = FaultCheck.of(snapshot.groundTruth(), snapshot.linkGraph(), mirror.counts(),
                    ArchivedOutcomes.read(result.crawlDir()), maxAttempts);
            figures.add(check, mirror.counts());
            return check;
        } finally {
            delete(data);
        }
    }

    private static Thread heapSampler(AtomicLong peak) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-heap");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
