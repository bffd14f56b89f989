package org.civcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civcred.cli.Main;
import org.civcred.crawl.CrawlResult;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.HarvestCheck;
import org.civcred.mirror.LoggedRequest;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.storage.WarcRecovery;
import org.civcred.testing.ChildJvm;
import org.civcred.testing.WarcContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civcred crawl} in a child JVM, killed with SIGKILL twice part-way through the mirror and
 * resumed with the same crawl id: in the end every expected page has exactly one capture, none is
 * missing, every file reads back cleanly, and only the requests in flight at a kill were sent again.
 */
class KillAndResumeTest {

    private static final int THREADS = 8;

    @TempDir
    Path data;

    @Test
    void killedTwiceAndResumedTheCrawlHasEveryPageExactlyOnce() throws Exception {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        GroundTruth truth = snapshot.groundTruth();
        int kills = 0;
        try (MirrorServer mirror = MirrorServer.start(snapshot, "127.0.0.1", 0)) {
            for (int killAfter : new int[] {120, 380}) {
                Process child = ChildJvm.start(Main.class, data.resolve("child-" + killAfter + ".log"),
                        "crawl", "--all", "--crawl-id", "k", "--delay", "10ms",
                        "--proxy", "127.0.0.1:" + mirror.port(), "--data", data.toString());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (mirror.requests().size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertTrue(child.isAlive(), "the child should still be crawling at " + killAfter + " requests: "
                        + Files.readString(data.resolve("child-" + killAfter + ".log")));
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                kills++;
            }
            CrawlResult finished = MirrorCrawls.crawlAll(mirror, data, "k", Duration.ofMillis(10));
            List<LoggedRequest> log = mirror.requests();

            HarvestCheck check = HarvestCheck.of(truth, WarcRecovery.recover(finished.crawlDir(), null).terminal(), log);
            assertTrue(check.missing().isEmpty(), "missing after resume: " + check.missing());
            assertTrue(check.unexpected().isEmpty(), "unexpected: " + check.unexpected());
            assertTrue(check.challengesMissed().isEmpty(), "challenges: " + check.challengesMissed());
            assertTrue(check.disallowedRequested().isEmpty());
            assertTrue(check.requestedTwice().size() <= kills * THREADS,
                    "only requests in flight at a kill may be sent again: " + check.requestedTwice());

            WarcContents warc = WarcContents.read(Path.of(finished.crawlDir().replaceFirst("^file:", "")));
            assertTrue(warc.digestMismatches.isEmpty(), warc.digestMismatches.toString());
            Map<String, List<WarcContents.Outcome>> terminal = warc.terminalByKey();
            for (String key : truth.crawl().expectedCaptures()) {
                assertEquals(1, terminal.get(key).size(), "final records for " + key);
            }
            long responses = warc.captures.stream().filter(c -> c.type().equals("response")).count();
            assertEquals(terminal.values().stream().filter(l -> warcHasResponse(warc, l)).count(), responses,
                    "every response record belongs to exactly one final record");
            assertTrue(warc.files >= 3, "each run writes its own WARC file, found " + warc.files);
        }
    }

    private static boolean warcHasResponse(WarcContents warc, List<WarcContents.Outcome> outcomes) {
        return warc.captureOf(outcomes.get(0)) != null
                && warc.captureOf(outcomes.get(0)).type().equals("response");
    }
}
