package org.civcred.mirror;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;

/**
 * A crawl of the mirror judged against its ground truth, from two independent sides: what the
 * crawler archived (terminal outcomes read back from its WARC files) and what the mirror saw
 * (its own request log). Used by {@code demo} and the end-to-end tests.
 *
 * @param expected            pages a correct crawl captures
 * @param missing             expected pages without an {@code ok}/{@code unchanged} capture
 * @param unexpected          captured pages the ground truth does not expect
 * @param challengesExpected  challenge responses planted on the crawl's path
 * @param challengesMissed    planted challenges not recorded as {@code challenge}
 * @param disallowedRequested robots-disallowed requests or defence endpoints the mirror received
 * @param requestedTwice      requests the mirror received more than once
 */
public record HarvestCheck(int expected, Set<String> missing, Set<String> unexpected, int challengesExpected,
                           Set<String> challengesMissed, Set<String> disallowedRequested, Set<String> requestedTwice) {

    public static HarvestCheck of(GroundTruth truth, Map<String, FetchOutcome> terminal, List<LoggedRequest> log) {
        GroundTruth.Crawl crawl = truth.crawl();
        Set<String> captured = new TreeSet<>();
        terminal.forEach((key, outcome) -> {
            if (outcome == FetchOutcome.OK || outcome == FetchOutcome.UNCHANGED) {
                captured.add(key);
            }
        });
        Set<String> expected = new TreeSet<>(crawl.expectedCaptures());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(captured);
        Set<String> unexpected = new TreeSet<>(captured);
        unexpected.removeAll(expected);
        unexpected.removeIf(key -> key.endsWith("/robots.txt"));

        Set<String> challengesMissed = new TreeSet<>();
        for (GroundTruth.Challenge c : crawl.challenges()) {
            if (terminal.get(c.request()) != FetchOutcome.CHALLENGE) {
                challengesMissed.add(c.request() + " (" + c.kind() + ")");
            }
        }
        Set<String> forbidden = new TreeSet<>(crawl.robotsDisallowed());
        crawl.defenceEndpoints().forEach(url -> forbidden.add(CrawlRequest.get(url).key()));
        Set<String> disallowedRequested = new TreeSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (LoggedRequest r : log) {
            if (r.url().contains("/__civcred/")) {
                continue;
            }
            String key = keyOf(r);
            if (forbidden.contains(key)) {
                disallowedRequested.add(key);
            }
            counts.merge(key, 1, Integer::sum);
        }
        Set<String> requestedTwice = new TreeSet<>();
        counts.forEach((key, n) -> {
            if (n > 1) {
                requestedTwice.add(key + " ×" + n);
            }
        });
        return new HarvestCheck(expected.size(), missing, unexpected, crawl.challenges().size(), challengesMissed,
                disallowedRequested, requestedTwice);
    }

    /** The crawl-request key of a request the mirror received. */
    public static String keyOf(LoggedRequest r) {
        return "POST".equals(r.method()) ? CrawlRequest.post(r.url(), r.body()).key() : CrawlRequest.get(r.url()).key();
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && challengesMissed.isEmpty()
                && disallowedRequested.isEmpty() && requestedTwice.isEmpty();
    }

    public void print(PrintStream out) {
        out.printf("ground truth: captured %d of %d expected pages, %d unexpected; challenges recorded %d of %d;"
                        + " disallowed or defence URLs requested: %d; requests sent twice: %d -> %s%n",
                expected - missing.size(), expected, unexpected.size(), challengesExpected - challengesMissed.size(),
                challengesExpected, disallowedRequested.size(), requestedTwice.size(), passed() ? "PASS" : "FAIL");
        list(out, "missing", missing);
        list(out, "unexpected", unexpected);
        list(out, "challenge not recorded", challengesMissed);
        list(out, "must never be requested", disallowedRequested);
        list(out, "requested twice", requestedTwice);
    }

    private static void list(PrintStream out, String what, Set<String> keys) {
        keys.stream().limit(10).forEach(k -> out.println("  " + what + ": " + k));
        if (keys.size() > 10) {
            out.printf("  … and %d more%n", keys.size() - 10);
        }
    }
}
