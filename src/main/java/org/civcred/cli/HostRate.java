package org.civcred.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civcred.mirror.LoggedRequest;

/**
 * Per-host request pacing as the server saw it: requests, the smallest and mean gap between
 * consecutive requests, and the achieved rate against the configured one.
 */
record HostRate(String host, int requests, long minGapMs, long meanGapMs, double achievedPerS, double configuredPerS) {

    static List<HostRate> fromLog(List<LoggedRequest> log, Duration configured) {
        Map<String, List<Long>> times = new TreeMap<>();
        for (LoggedRequest r : log) {
            String host = java.net.URI.create(r.url()).getHost();
            if (host == null || r.url().contains("/__civcred/")) {
                continue;
            }
            times.computeIfAbsent(host, h -> new ArrayList<>()).add(r.time().toEpochMilli());
        }
        List<HostRate> rates = new ArrayList<>();
        times.forEach((host, t) -> {
            t.sort(null);
            long min = Long.MAX_VALUE;
            for (int i = 1; i < t.size(); i++) {
                min = Math.min(min, t.get(i) - t.get(i - 1));
            }
            long span = t.get(t.size() - 1) - t.get(0);
            long mean = t.size() > 1 ? span / (t.size() - 1) : 0;
            double achieved = span > 0 ? (t.size() - 1) * 1000.0 / span : 0;
            rates.add(new HostRate(host, t.size(), t.size() > 1 ? min : 0, mean,
                    BenchCrawlCommand.round(achieved), BenchCrawlCommand.round(1000.0 / configured.toMillis())));
        });
        return rates;
    }

    static void printTable(List<HostRate> rates, PrintStream out) {
        out.printf("%-28s %8s %10s %11s %12s %12s%n", "host", "requests", "min gap ms", "mean gap ms", "achieved/s", "configured/s");
        for (HostRate r : rates) {
            out.printf("%-28s %8d %10d %11d %12.2f %12.2f%n", r.host, r.requests, r.minGapMs, r.meanGapMs,
                    r.achievedPerS, r.configuredPerS);
        }
    }
}
