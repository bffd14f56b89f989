package org.civcred.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@code bin/civcred} command in a child JVM, the way a user would, and measures it from
 * outside: wall time and peak resident set size (the kernel's high-water mark, VmHWM, of the child's
 * process, sampled while it runs; {@code bin/civcred} execs java, so the launcher's pid is the JVM's).
 * The child's output goes to a log file; lines that look like progress are echoed, so a long phase
 * shows it is alive.
 */
final class ChildRun {

    private static final Logger LOG = LoggerFactory.getLogger(ChildRun.class);
    private static final long SAMPLE_MS = 500;

    /** What one child run took. */
    record Outcome(String phase, int exitCode, long wallMs, long peakRssBytes, Path log) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ChildRun() {
    }

    static Outcome run(String phase, List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        LOG.info("{}: {}", phase, String.join(" ", command));
        long start = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Process process = pb.start();
            AtomicLong peakRss = new AtomicLong();
            Thread sampler = sampler(process.pid(), peakRss);
            Thread copier = copier(phase, process, log);
            sampler.start();
            copier.start();
            int exit = process.waitFor();
            long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            sampler.interrupt();
            copier.join();
            sampler.join();
            return new Outcome(phase, exit, wallMs, peakRss.get(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + phase + " ran", e);
        }
    }

    /** Samples VmHWM, which only grows: the last sample before exit is the peak (to within one interval). */
    private static Thread sampler(long pid, AtomicLong peak) {
        Path status = Path.of("/proc/" + pid + "/status");
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(highWaterMark(status), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler-" + pid);
        t.setDaemon(true);
        return t;
    }

    /** VmHWM in bytes, or 0 once the process is gone (or on a system without /proc). */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static Thread copier(String phase, Process process, Path log) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (worthEchoing(line)) {
                        System.out.println("  [" + phase + "] " + line);
                    }
                }
            } catch (IOException e) {
                LOG.warn("{}: reading the child's output failed: {}", phase, e.getMessage());
            }
        }, "child-output-" + phase);
        t.setDaemon(true);
        return t;
    }

    /** civcred's own INFO lines (progress, job completions), errors and the command's summary; the rest stays in the log. */
    private static boolean worthEchoing(String line) {
        return line.matches("^\\d\\d:\\d\\d:\\d\\d (INFO|ERROR).*") || line.startsWith("civcred")
                || line.startsWith("Error") || line.matches("^[a-z-]+: \\{.*") || line.startsWith("run ");
    }
}
