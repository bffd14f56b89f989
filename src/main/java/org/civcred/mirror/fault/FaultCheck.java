package org.civcred.mirror.fault;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civcred.mirror.GroundTruth;

/**
 * A crawl made under faults, judged against the mirror's ground truth and what the fault layer did.
 *
 * <p>A page is unrecoverable when a fault hit it that fails at least as many attempts as the
 * crawler makes (or permanently), or when its host's robots.txt failed that often. A page is
 * recoverable when the seeds reach it through recoverable pages only (the generator's link graph);
 * expected pages cut off behind unrecoverable ones are counted apart, as {@code collateral}.
 *
 * @param expected          pages the mirror's ground truth expects a correct crawl to capture
 * @param recoverable       of those, the ones the crawl must capture under the faults
 * @param lost              recoverable pages without a capture
 * @param capturedTwice     pages with more than one final record
 * @param unrecoverable     unrecoverable pages reached → the outcome and detail recorded (or "not recorded")
 * @param unrecorded        unrecoverable pages reached without any final record
 * @param collateral        expected pages unreachable because only unrecoverable pages lead to them
 * @param unexpected        captures the ground truth does not expect and the faults did not invent
 * @param trapsCut          requests the crawler refused as traps
 * @param trapPagesFetched  invented trap pages the crawler fetched
 */
public record FaultCheck(int expected, int recoverable, Set<String> lost, Set<String> capturedTwice,
                         Map<String, String> unrecoverable, Set<String> unrecorded, int collateral,
                         Set<String> unexpected, int trapsCut, int trapPagesFetched) {

    public static FaultCheck of(GroundTruth truth, Map<String, List<String>> links, FaultCounts counts,
                                ArchivedOutcomes archive, int maxAttempts) {
        Set<String> expected = new HashSet<>(truth.crawl().expectedCaptures());
        Set<String> dead = new HashSet<>();
        counts.hitKeys().forEach((key, e) -> {
            if (e.failingAttempts() >= maxAttempts) {
                dead.add(key);
            }
        });
        counts.robotsHosts().forEach((host, e) -> {
            if (e.failingAttempts() >= maxAttempts) {
                expected.stream().filter(k -> hostOf(k).equals(host)).forEach(dead::add);
            }
        });
        Set<String> reached = reach(truth.crawl().seeds(), links, expected, dead);
        Map<String, List<ArchivedOutcomes.Outcome>> pages = archive.pages();
        Set<String> lost = new TreeSet<>();
        Set<String> recoverable = new TreeSet<>();
        Map<String, String> unrecoverable = new TreeMap<>();
        Set<String> unrecorded = new TreeSet<>();
        for (String key : reached) {
            List<ArchivedOutcomes.Outcome> records = pages.getOrDefault(key, List.of());
            if (dead.contains(key)) {
                unrecoverable.put(key, records.isEmpty() ? "not recorded"
                        : records.get(0).outcome() + ": " + records.get(0).detail());
                if (records.isEmpty()) {
                    unrecorded.add(key);
                }
            } else if (expected.contains(key)) {
                recoverable.add(key);
                if (records.stream().noneMatch(ArchivedOutcomes.Outcome::captured)) {
                    lost.add(key);
                }
            }
        }
        Set<String> twice = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        Set<String> trapPages = counts.trapPages();
        int trapsCut = 0;
        int trapFetched = 0;
        for (Map.Entry<String, List<ArchivedOutcomes.Outcome>> e : pages.entrySet()) {
            List<ArchivedOutcomes.Outcome> records = e.getValue();
            if (records.size() > 1) {
                twice.add(e.getKey() + " ×" + records.size());
            }
            trapsCut += (int) records.stream().filter(o -> o.outcome().equals("trap")).count();
            boolean captured = records.stream().anyMatch(ArchivedOutcomes.Outcome::captured);
            if (trapPages.contains(e.getKey())) {
                trapFetched++;
            } else if (captured && !expected.contains(e.getKey())) {
                unexpected.add(e.getKey());
            }
        }
        int collateral = (int) expected.stream().filter(k -> !reached.contains(k)).count();
        return new FaultCheck(expected.size(), recoverable.size(), lost, twice, unrecoverable, unrecorded, collateral,
                unexpected, trapsCut, trapFetched);
    }

    public boolean passed() {
        return lost.isEmpty() && capturedTwice.isEmpty() && unrecorded.isEmpty() && unexpected.isEmpty();
    }

    /** Unrecoverable pages per recorded outcome ({@code redirect}, {@code too_large} …). */
    public Map<String, Integer> unrecoverableByOutcome() {
        Map<String, Integer> out = new TreeMap<>();
        unrecoverable.values().forEach(v -> out.merge(v.split(":")[0], 1, Integer::sum));
        return out;
    }

    public void print(PrintStream out) {
        out.printf("pages: %d expected, %d recoverable under the faults, %d captured, %d lost, %d captured twice;"
                        + " %d unrecoverable %s (%d without a record), %d cut off behind them; %d unexpected;"
                        + " traps: %d cut, %d trap pages fetched -> %s%n",
                expected, recoverable, recoverable - lost.size(), lost.size(), capturedTwice.size(), unrecoverable.size(),
                unrecoverableByOutcome(), unrecorded.size(), collateral, unexpected.size(), trapsCut, trapPagesFetched,
                passed() ? "PASS" : "FAIL");
        list(out, "lost", lost);
        list(out, "captured twice", capturedTwice);
        list(out, "unrecoverable without a record", unrecorded);
        list(out, "unexpected", unexpected);
    }

    /** Breadth-first from the seeds; unrecoverable pages are reached but lead nowhere. */
    private static Set<String> reach(List<String> seeds, Map<String, List<String>> links, Set<String> expected,
                                     Set<String> dead) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            String key = queue.poll();
            if (!reached.add(key) || dead.contains(key) || !expected.contains(key)) {
                continue;
            }
            queue.addAll(links.getOrDefault(key, List.of()));
        }
        return reached;
    }

    private static String hostOf(String key) {
        String url = key.substring(key.indexOf(' ') + 1);
        return url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:? ].*$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static void list(PrintStream out, String what, Set<String> keys) {
        keys.stream().limit(10).forEach(k -> out.println("  " + what + ": " + k));
        if (keys.size() > 10) {
            out.printf("  … and %d more%n", keys.size() - 10);
        }
    }
}
