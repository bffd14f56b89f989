package org.civcred.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap figures from a unified JVM GC log ({@code -Xlog:gc:file=...}). Each collection logs
 * {@code before->after(committed)}: the largest "after" is the peak live heap (what the run really
 * needed), the largest "before" the peak heap used, and the largest committed what the JVM took.
 */
record GcLogPeak(long collections, long peakUsedBytes, long peakLiveBytes, long peakCommittedBytes) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static GcLogPeak read(Path log) {
        if (!Files.exists(log)) {
            return new GcLogPeak(0, 0, 0, 0);
        }
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            return parse(in.lines());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the GC log " + log, e);
        }
    }

    static GcLogPeak parse(java.util.stream.Stream<String> lines) {
        long[] peak = new long[4];
        lines.forEach(line -> {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                peak[0]++;
                peak[1] = Math.max(peak[1], bytes(m.group(1), m.group(2)));
                peak[2] = Math.max(peak[2], bytes(m.group(3), m.group(4)));
                peak[3] = Math.max(peak[3], bytes(m.group(5), m.group(6)));
            }
        });
        return new GcLogPeak(peak[0], peak[1], peak[2], peak[3]);
    }

    /** The larger of two runs' peaks (ingest and the jobs run in separate JVMs). */
    GcLogPeak max(GcLogPeak other) {
        return new GcLogPeak(collections + other.collections, Math.max(peakUsedBytes, other.peakUsedBytes),
                Math.max(peakLiveBytes, other.peakLiveBytes), Math.max(peakCommittedBytes, other.peakCommittedBytes));
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
