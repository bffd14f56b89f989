package org.civcred.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The end-of-run figures, as a table for the terminal and as {@code crawl-stats.json}: per host
 * the requests, successes, challenges, errors and deferred requests, the configured per-host
 * rate (from its delay) and the rate actually achieved.
 */
final class CrawlReport {

    /** One host at the end of the run. */
    record HostLine(String host, HostState state, long requests, long ok, long challenges, long errors,
                    long deferred, Duration configuredDelay, double achievedRate, String stopReason) {

        double configuredRate() {
            return configuredDelay == null || configuredDelay.isZero() ? 0 : 1000.0 / configuredDelay.toMillis();
        }
    }

    private final String crawlId;
    private final String mode;
    private final Instant started;
    private final Duration elapsed;
    private final CrawlResult result;
    private final List<HostLine> hosts;

    CrawlReport(String crawlId, String mode, Instant started, Duration elapsed, CrawlResult result, List<HostLine> hosts) {
        this.crawlId = crawlId;
        this.mode = mode;
        this.started = started;
        this.elapsed = elapsed;
        this.result = result;
        this.hosts = List.copyOf(hosts);
    }

    static List<HostLine> hostLines(CrawlStats stats, List<HostScheduler.HostView> views) {
        Map<String, HostScheduler.HostView> byHost = new TreeMap<>();
        views.forEach(v -> byHost.put(v.host(), v));
        Map<String, CrawlStats.HostTally> tallies = stats.hosts();
        Set<String> names = new TreeSet<>(tallies.keySet());
        names.addAll(byHost.keySet());
        return names.stream().map(h -> {
            CrawlStats.HostTally t = stats.host(h);
            HostScheduler.HostView v = byHost.get(h);
            HostState state = v != null ? v.state() : HostState.DONE;
            return new HostLine(h, state, t.requests.sum(), t.ok.sum(), t.challenges.sum(), t.errors.sum(),
                    v == null ? 0 : v.queued(), t.configuredDelay, t.achievedRate(), t.stopReason);
        }).toList();
    }

    /** The summary table with a totals row. */
    String table() {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-32s %-24s %9s %9s %10s %7s %9s%n";
        sb.append(String.format(Locale.ROOT, fmt, "host", "state", "requests", "ok", "challenges", "errors", "deferred"));
        long[] total = new long[5];
        for (HostLine h : hosts) {
            sb.append(String.format(Locale.ROOT, fmt, h.host(), h.state().label(), h.requests(), h.ok(), h.challenges(),
                    h.errors(), h.deferred()));
            total[0] += h.requests();
            total[1] += h.ok();
            total[2] += h.challenges();
            total[3] += h.errors();
            total[4] += h.deferred();
        }
        sb.append(String.format(Locale.ROOT, fmt, "total", "", total[0], total[1], total[2], total[3], total[4]));
        sb.append(String.format(Locale.ROOT, "%d requests in %s, %.1f MB stored, outcomes %s%n", result.requestsSent(),
                ProgressReporter.clock(elapsed), result.bytesStored() / 1e6, result.outcomes()));
        return sb.toString();
    }

    /** The statistics JSON. */
    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("crawlId", crawlId);
        root.put("mode", mode);
        root.put("started", started.toString());
        root.put("elapsedMs", elapsed.toMillis());
        root.put("requestsSent", result.requestsSent());
        root.put("bytesStored", result.bytesStored());
        root.put("deferred", result.deferred());
        root.put("requestsPerSecond", result.requestsSent() / Math.max(elapsed.toMillis() / 1000.0, 0.001));
        ObjectNode outcomes = root.putObject("outcomes");
        result.outcomes().forEach(outcomes::put);
        root.putPOJO("stoppedHosts", result.stoppedHosts());
        root.putPOJO("warcFiles", result.warcFiles());
        ObjectNode perHost = root.putObject("hosts");
        for (HostLine h : hosts) {
            ObjectNode n = perHost.putObject(h.host());
            n.put("state", h.state().label());
            n.put("requests", h.requests());
            n.put("ok", h.ok());
            n.put("challenges", h.challenges());
            n.put("errors", h.errors());
            n.put("deferred", h.deferred());
            n.put("configuredDelayMs", h.configuredDelay() == null ? 0 : h.configuredDelay().toMillis());
            n.put("configuredRatePerSecond", h.configuredRate());
            n.put("achievedRatePerSecond", h.achievedRate());
            if (h.stopReason() != null) {
                n.put("stopReason", h.stopReason());
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Statistics could not be serialised", e);
        }
    }
}
