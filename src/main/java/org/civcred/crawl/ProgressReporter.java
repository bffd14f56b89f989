package org.civcred.crawl;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The live progress line: elapsed time, pages and pages/s, MB stored and MB/s, queue size,
 * requests in flight, and each host's state. On a terminal the line is redrawn in place with
 * {@code \r}; when output goes to a file or pipe each report is a plain line.
 */
final class ProgressReporter implements AutoCloseable {

    private final PrintStream out;
    private final boolean console;
    private final Duration interval;
    private final Clock clock;
    private final Instant start;
    private final CrawlStats stats;
    private final HostScheduler scheduler;
    private final LongSupplier bytesStored;
    private ScheduledExecutorService timer;
    private int lastLength;

    ProgressReporter(PrintStream out, boolean console, Duration interval, Clock clock, Instant start,
                     CrawlStats stats, HostScheduler scheduler, LongSupplier bytesStored) {
        this.out = out;
        this.console = console;
        this.interval = interval;
        this.clock = clock;
        this.start = start;
        this.stats = stats;
        this.scheduler = scheduler;
        this.bytesStored = bytesStored;
    }

    void start() {
        if (out == null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "civcred-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    synchronized void report() {
        String line = line();
        if (console) {
            String pad = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
            out.print("\r" + line + pad);
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** One progress report. */
    String line() {
        Duration elapsed = Duration.between(start, clock.instant());
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        long pages = stats.pagesSent();
        double mb = bytesStored.getAsLong() / 1e6;
        List<HostScheduler.HostView> hosts = scheduler.view();
        String perHost = hosts.stream()
                .map(h -> h.host() + "=" + h.state().label() + (h.queued() > 0 ? "(" + h.queued() + ")" : ""))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "[%s] pages %d (%.1f/s) %.1f MB (%.2f MB/s) queue %d in-flight %d | %s",
                clock(elapsed), pages, pages / seconds, mb, mb / seconds, scheduler.queued(), scheduler.inFlight(), perHost);
    }

    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        timer = null;
        if (console && lastLength > 0) {
            out.println();
        }
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
