package org.civcred.mirror.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The soak's running totals over its rounds, printed at the end and written as JSON. */
public final class SoakFigures {

    private final String command;
    private final Instant started;
    private int rounds;
    private int roundsFailed;
    private long requests;
    private final Map<String, Long> perKind = new LinkedHashMap<>();
    private long expected;
    private long recoverable;
    private long captured;
    private long lost;
    private long duplicates;
    private long unrecoverable;
    private long unrecorded;
    private long unexpected;
    private long collateral;
    private long trapsCut;
    private final Map<String, Integer> reasons = new TreeMap<>();
    private long peakHeap;
    private double seconds;

    public SoakFigures(String command, Instant started) {
        this.command = command;
        this.started = started;
    }

    void add(FaultCheck check, FaultCounts counts) {
        rounds++;
        roundsFailed += check.passed() ? 0 : 1;
        requests += counts.requests();
        counts.perKind().forEach((k, n) -> perKind.merge(k, n, Long::sum));
        expected += check.expected();
        recoverable += check.recoverable();
        captured += check.recoverable() - check.lost().size();
        lost += check.lost().size();
        duplicates += check.capturedTwice().size();
        unrecoverable += check.unrecoverable().size();
        unrecorded += check.unrecorded().size();
        unexpected += check.unexpected().size();
        collateral += check.collateral();
        trapsCut += check.trapsCut();
        check.unrecoverableByOutcome().forEach((k, n) -> reasons.merge(k, n, Integer::sum));
    }

    void finish(long peakHeapBytes, double elapsedSeconds) {
        this.peakHeap = peakHeapBytes;
        this.seconds = elapsedSeconds;
    }

    public boolean passed() {
        return rounds > 0 && roundsFailed == 0 && lost == 0 && duplicates == 0;
    }

    public long faultsInjected() {
        return perKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long lost() {
        return lost;
    }

    public long duplicates() {
        return duplicates;
    }

    public Map<String, Long> perKind() {
        return Map.copyOf(perKind);
    }

    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("part", "faults");
        out.put("command", command);
        out.put("started", started.toString());
        out.put("seconds", Math.round(seconds * 10) / 10.0);
        out.put("rounds", rounds);
        out.put("requests", requests);
        out.put("faults_injected", faultsInjected());
        out.put("faults_per_kind", perKind);
        out.put("pages_expected", expected);
        out.put("pages_recoverable", recoverable);
        out.put("pages_captured", captured);
        out.put("pages_lost", lost);
        out.put("duplicates", duplicates);
        out.put("unrecoverable", unrecoverable);
        out.put("unrecoverable_reasons", reasons);
        out.put("unrecoverable_unrecorded", unrecorded);
        out.put("cut_off_behind_unrecoverable", collateral);
        out.put("unexpected_captures", unexpected);
        out.put("traps_cut", trapsCut);
        out.put("peak_heap_bytes", peakHeap);
        out.put("requests_per_second", seconds > 0 ? Math.round(requests / seconds * 10) / 10.0 : 0);
        out.put("checks_failed", roundsFailed);
        out.put("passed", passed());
        return out;
    }

    public void print(PrintStream out) {
        out.printf("soak: %d rounds in %.1f s, %d requests (%.1f/s)%n", rounds, seconds, requests,
                seconds > 0 ? requests / seconds : 0);
        out.printf("faults injected: %d %s%n", faultsInjected(), perKind);
        out.printf("pages: %d expected, %d recoverable, %d captured, %d lost, %d captured twice%n", expected, recoverable,
                captured, lost, duplicates);
        out.printf("unrecoverable: %d %s (%d without a record), %d cut off behind them; unexpected captures: %d%n",
                unrecoverable, reasons, unrecorded, collateral, unexpected);
        out.printf("traps cut: %d; peak heap used: %d MiB; rounds failed: %d -> %s%n", trapsCut, peakHeap >> 20,
                roundsFailed, passed() ? "PASS" : "FAIL");
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("faults.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json());
        return file;
    }
}
