package org.civcred.mirror.fault;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.MirrorSnapshot;

/** One whole-mirror crawl with the real crawler under a fault spec, judged by {@link FaultCheck}. */
record FaultCrawl(FaultCheck check, FaultCounts counts, CrawlResult result) {

    static final int MAX_ATTEMPTS = 4;

    /** Short timeouts and back-offs so that stalls and retries cost milliseconds, not minutes. */
    static Settings fastSettings() {
        return Settings.defaults()
                .with("crawl.timeout.connect", "1s", "test")
                .with("crawl.timeout.read", "1s", "test")
                .with("crawl.retry.max-attempts", String.valueOf(MAX_ATTEMPTS), "test")
                .with("crawl.retry.base-backoff.offline", "20ms", "test")
                // If a loaded machine makes the mirror probe time out, live-mode rests must not park the crawl.
                .with("crawl.retry.base-backoff", "20ms", "test")
                .with("crawl.challenge.backoff", "200ms", "test")
                .with("crawl.retry.max-backoff", "2s", "test")
                .with("crawl.max-pagination-pages", "30", "test")
                .with("crawl.max-body-bytes", "1MiB", "test")
                .with("crawl.threads", "6", "test");
    }

    static FaultCrawl run(String spec, long seed, Path data, String crawlId) throws Exception {
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        try (FaultyMirror mirror = FaultyMirror.start(snapshot, new FaultPlan(FaultSpec.parse(spec), seed), "127.0.0.1", 0)) {
            CrawlResult result = Crawler.run(new CrawlOptions(data.toString(), crawlId, List.of(),
                    ProfileCrawlRules.loadDefault(), fastSettings(), "127.0.0.1:" + mirror.port(), null, null, false,
                    null, Boolean.getBoolean("faults.progress") ? System.out : null, Clock.systemUTC(), null));
            FaultCheck check = FaultCheck.of(snapshot.groundTruth(), snapshot.linkGraph(), mirror.counts(),
                    ArchivedOutcomes.read(result.crawlDir()), MAX_ATTEMPTS);
            return new FaultCrawl(check, mirror.counts(), result);
        }
    }
}
