package org.civcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civcred.crawl.CrawlResult;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.storage.Revisit;
import org.civcred.testing.WarcContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second crawl of an unchanged mirror into the same data directory sends conditional GETs and
 * archives every page as a revisit of the first crawl's capture: no payload is stored twice, and
 * no page goes missing because its links had to come from the earlier capture.
 */
class RecrawlTest {

    @TempDir
    Path data;

    @Test
    void aRecrawlOfUnchangedPagesWritesOnlyRevisitsPointingAtTheFirstCapture() throws Exception {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        GroundTruth truth = snapshot.groundTruth();
        try (MirrorServer mirror = MirrorServer.start(snapshot, "127.0.0.1", 0)) {
            CrawlResult first = MirrorCrawls.crawlAll(mirror, data, "first", Duration.ofMillis(5));
            mirror.clearLog();
            CrawlResult second = MirrorCrawls.crawlAll(mirror, data, "second", Duration.ofMillis(5));

            WarcContents before = WarcContents.read(Path.of(first.crawlDir().replaceFirst("^file:", "")));
            WarcContents after = WarcContents.read(Path.of(second.crawlDir().replaceFirst("^file:", "")));
            Set<String> firstIds = before.captures.stream().map(WarcContents.Capture::recordId).collect(Collectors.toSet());

            Map<String, List<WarcContents.Outcome>> terminal = after.terminalByKey();
            int notModified = 0;
            for (String key : truth.crawl().expectedCaptures()) {
                WarcContents.Outcome o = terminal.get(key).get(0);
                assertEquals("unchanged", o.outcome(), key);
                assertEquals("revisit", after.captureOf(o).type(), key);
            }
            for (WarcContents.Item revisit : after.ofType("revisit")) {
                if (Revisit.SERVER_NOT_MODIFIED.equals(revisit.profile())) {
                    notModified++;
                }
            }
            long refersToFirst = after.items.stream().filter(i -> i.type().equals("revisit")).count();
            assertTrue(notModified > 0, "HTML pages carry ETags, so the server answers 304");
            assertTrue(notModified < refersToFirst, "JSON answers carry no validators and are compared by digest");
            assertTrue(mirror.requests().stream().anyMatch(r -> r.status() == 304));
            long payloadsStoredAgain = after.captures.stream()
                    .filter(c -> c.type().equals("response") && !c.targetUri().endsWith("/robots.txt")
                            && c.status() == 200 && !isChallenge(truth, c.targetUri()))
                    .count();
            assertEquals(0, payloadsStoredAgain, "unchanged pages must not be archived again");
            assertTrue(after.refersTo.size() >= truth.crawl().expectedCaptures().size());
            after.refersTo.forEach((revisit, original) ->
                    assertTrue(firstIds.contains(original), revisit + " refers to " + original + ", not a first-crawl record"));
        }
    }

    private static boolean isChallenge(GroundTruth truth, String url) {
        return truth.crawl().challenges().stream().anyMatch(c -> c.request().contains(url));
    }
}
