package org.civcred.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded form of {@code bin/civcred-reliability crash}: four SIGKILLs (the crawl, ingest,
 * resolve and a gold job) instead of two dozen, on three of the mirror's sites, same checks, same
 * figures file.
 */
class CrashSafetyTest {

    private static final List<String> TARGETS = List.of("ingest", "resolve", "overlap-cities");
    /** The Nanyang credit site and the Henan civilization sites: about 90 pages, with persons on both sides. */
    private static final List<String> SITES = List.of("credit-nanyang", "tongbai-hhb", "wenming-local");

    @TempDir
    Path work;

    @Test
    void killedAtFourPointsTheRerunMatchesAnUninterruptedRunAndReadersNeverSeeAPartialCommit() throws Exception {
        Instant started = Instant.now();
        String command = "mvn test -Dtest=CrashSafetyTest";
        CrashResult result = new CrashHarness(new CrashOptions(4, 11, work, TARGETS, SITES, "local[2]",
                Duration.ofSeconds(20), Duration.ofMinutes(10), command)).run();
        ReliabilityJson.write(ReliabilityJson.dir(), "crash", CrashReport.figures(result, command, started));

        assertTrue(result.kills().size() >= 3, "kills that landed: " + result.kills());
        assertTrue(result.kills().stream().anyMatch(k -> k.hit().equals(KillPoint.CRAWL)), result.kills().toString());
        assertEquals(0, result.rowsLost(), () -> "rows lost: " + result.diffs());
        assertEquals(0, result.duplicates(), () -> "duplicates: " + result.diffs());
        assertEquals(0, result.unexpectedRows(), () -> "unexpected rows: " + result.diffs());
        assertTrue(result.diffs().stream().filter(d -> d.table().equals("overlap_persons")).allMatch(d -> d.rows() > 0),
                "the comparison covers a non-empty gold table");
        assertTrue(result.reads() > 0, "the concurrent reader read");
        assertEquals(0, result.partialReads() + result.failedReads(), () -> "reads: " + result.readProblems());
        assertEquals(0, result.deltaProblems(), () -> "Delta: " + result.audits());
        assertEquals(0, result.warc().problems(), result.warc().toString());
        assertEquals(0, result.checksFailed());
    }
}
