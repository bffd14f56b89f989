package org.civcred.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.MirrorServer;

/** Runs the real crawler, with the real site profiles, through a running mirror. */
final class MirrorCrawls {

    private MirrorCrawls() {
    }

    static CrawlResult crawlAll(MirrorServer mirror, Path data, String crawlId, Duration delay) {
        return Crawler.run(new CrawlOptions(data.toString(), crawlId, List.of(), ProfileCrawlRules.loadDefault(),
                Settings.defaults(), "127.0.0.1:" + mirror.port(), null, delay, true, null, null,
                Clock.systemUTC(), null));
    }
}
