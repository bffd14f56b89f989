package org.civcred.mirror.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.MirrorSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real crawler over loopback against the mirror with every fault kind on at once (one crawl,
 * about 40 s), then one test per kind: the fault was really injected, and what it hit ended as the
 * kind promises — captured exactly once when recoverable, recorded with its reason when not.
 */
class CrawlUnderEveryFaultTest {

    private static final String SPEC = "all,timeout:0.02:hold=3000,redirect-loop:0.01,oversized:0.01:bytes=2m";

    @TempDir
    static Path data;

    private static FaultCrawl crawl;
    private static ArchivedOutcomes archive;

    @BeforeAll
    static void crawlTheMirrorUnderEveryFault() throws Exception {
        crawl = FaultCrawl.run(SPEC, 7, data, "faults");
        archive = ArchivedOutcomes.read(crawl.result().crawlDir());
    }

    @Test
    void everyRecoverablePageIsCapturedOnceAndNothingElseIsLost() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        crawl.check().print(new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(crawl.check().passed(), report.toString(StandardCharsets.UTF_8));
        assertTrue(crawl.check().recoverable() > 600, report.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serverErrorBurstsAreRetriedUntilThePageArrives() {
        assertRecovered(FaultKind.SERVER_ERROR);
    }

    @Test
    void tooManyRequestsWithRetryAfterIsWaitedOut() {
        assertRecovered(FaultKind.TOO_MANY_REQUESTS);
    }

    @Test
    void aResponseThatNeverComesTimesOutAndIsRetried() {
        assertRecovered(FaultKind.TIMEOUT);
    }

    @Test
    void aTrickledBodyIsStillCaptured() {
        assertRecovered(FaultKind.SLOW);
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRetried() {
        assertRecovered(FaultKind.TRUNCATED);
    }

    @Test
    void aResetConnectionIsRetried() {
        assertRecovered(FaultKind.RESET);
    }

    @Test
    void aCorruptGzipStreamIsRetried() {
        assertRecovered(FaultKind.BROKEN_GZIP);
    }

    @Test
    void aWrongOrMissingCharsetStillCapturesTheBytes() {
        assertRecovered(FaultKind.CHARSET);
    }

    @Test
    void garbledHtmlIsCapturedAndDoesNotStopTheCrawl() {
        assertRecovered(FaultKind.GARBLED);
    }

    @Test
    void aRedirectLoopEndsAsARecordedRedirectNotACapture() {
        List<String> hit = hitBy(FaultKind.REDIRECT_LOOP);
        for (String key : hit) {
            List<ArchivedOutcomes.Outcome> records = archive.pages().get(key);
            assertEquals(1, records.size(), key);
            assertEquals("redirect", records.get(0).outcome(), key);
            String loop = key.substring(4) + (key.contains("?") ? "&" : "?") + "civcred-loop=1";
            List<ArchivedOutcomes.Outcome> next = archive.pages().get("GET " + loop);
            assertTrue(next != null && next.get(0).detail().contains("already known"), loop + " " + next);
        }
    }

    @Test
    void anOversizedPageIsRecordedAsTooLarge() {
        for (String key : hitBy(FaultKind.OVERSIZED)) {
            List<ArchivedOutcomes.Outcome> records = archive.pages().get(key);
            assertEquals(1, records.size(), key);
            assertEquals("too-large", records.get(0).outcome(), key);
            assertTrue(records.get(0).detail().contains("body cut at"), records.get(0).detail());
        }
        assertTrue(crawl.check().unrecoverableByOutcome().getOrDefault("too-large", 0) > 0);
    }

    @Test
    void anEndlessPaginationIsCutOffAtTheCap() {
        assertTrue(crawl.counts().injected(FaultKind.PAGINATION_TRAP) > 0, "no trap page was served");
        assertTrue(crawl.check().trapsCut() > 0, "no trap was cut off");
        assertTrue(crawl.check().trapPagesFetched() > 0);
        long trappedLists = crawl.counts().trapPages().stream().map(k -> k.replaceFirst("_\\d+\\.\\w+$", "")).distinct().count();
        assertTrue(crawl.check().trapPagesFetched() <= trappedLists * 30, "fetched " + crawl.check().trapPagesFetched()
                + " trap pages of " + trappedLists + " lists with crawl.max-pagination-pages 30");
    }

    @Test
    void aRobotsTxtServerErrorHoldsTheHostBackUntilARetrySucceeds() {
        Map<String, FaultSpec.Entry> hosts = crawl.counts().robotsHosts();
        assertFalse(hosts.isEmpty(), "no robots.txt failed");
        for (String host : hosts.keySet()) {
            assertEquals(1L, archive.robots().get("GET http://" + host + "/robots.txt"), host);
            assertTrue(archive.pages().keySet().stream().anyMatch(k -> k.startsWith("GET http://" + host + "/")
                    && archive.pages().get(k).get(0).captured()), "nothing of " + host + " was captured");
        }
    }

    private static List<String> hitBy(FaultKind kind) {
        assertTrue(crawl.counts().injected(kind) > 0, kind + " was never injected");
        List<String> hit = crawl.counts().hitKeys().entrySet().stream().filter(e -> e.getValue().kind() == kind)
                .map(Map.Entry::getKey).sorted().toList();
        assertFalse(hit.isEmpty(), kind.token());
        return hit;
    }

    /**
     * Every expected page the kind hit was captured exactly once (none of them is beyond the crawler's
     * attempts); anything else it hit (a challenge page) still ended with exactly one final record.
     */
    private static void assertRecovered(FaultKind kind) {
        Set<String> expected = Set.copyOf(MirrorSnapshot.standard().groundTruth().crawl().expectedCaptures());
        int captured = 0;
        for (String key : hitBy(kind)) {
            List<ArchivedOutcomes.Outcome> records = archive.pages().get(key);
            assertTrue(records != null && records.size() == 1, key + " " + records);
            if (expected.contains(key)) {
                assertTrue(records.get(0).captured(), key + " " + records);
                captured++;
            }
        }
        assertTrue(captured > 0, "no expected page was hit by " + kind.token());
    }

}
