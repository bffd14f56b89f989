package org.civcred.crawl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.civcred.config.Settings;

/** Settings and options for crawls of the tiny site: short delays, few threads, quiet output. */
final class CrawlFixtures {

    private CrawlFixtures() {
    }

    /** Defaults tuned for loopback tests, then the given key/value overrides. */
    static Settings settings(String... overrides) {
        Settings s = Settings.defaults()
                .with("crawl.threads", "4", "test")
                .with("crawl.delay.offline", "5ms", "test")
                .with("crawl.retry.base-backoff.offline", "10ms", "test")
                .with("crawl.challenge.backoff.offline", "20ms", "test")
                .with("crawl.timeout.connect", "2s", "test")
                .with("crawl.timeout.read", "3s", "test")
                .with("crawl.progress.interval", "50ms", "test");
        for (int i = 0; i < overrides.length; i += 2) {
            s = s.with(overrides[i], overrides[i + 1], "test");
        }
        return s;
    }

    static CrawlOptions options(Path dataDir, String crawlId, TinySite site, CrawlRules rules, Settings settings) {
        return new CrawlOptions(dataDir.toString(), crawlId, List.of(), rules, settings, site.proxy(), null,
                null, true, null, null, Clock.systemUTC(), null);
    }

    static CrawlOptions withMaxPages(CrawlOptions o, Integer maxPages) {
        return new CrawlOptions(o.dataDir(), o.crawlId(), o.siteIds(), o.rules(), o.settings(), o.proxy(),
                o.cookieFile(), o.delayOverride(), o.politeness(), maxPages, o.progress(), o.clock(), o.hadoopConf());
    }

    static CrawlOptions withDelay(CrawlOptions o, Duration delay) {
        return new CrawlOptions(o.dataDir(), o.crawlId(), o.siteIds(), o.rules(), o.settings(), o.proxy(),
                o.cookieFile(), delay, o.politeness(), o.maxPages(), o.progress(), o.clock(), o.hadoopConf());
    }

    static CrawlOptions withCookies(CrawlOptions o, Path cookieFile) {
        return new CrawlOptions(o.dataDir(), o.crawlId(), o.siteIds(), o.rules(), o.settings(), o.proxy(),
                cookieFile, o.delayOverride(), o.politeness(), o.maxPages(), o.progress(), o.clock(), o.hadoopConf());
    }

    static CrawlOptions withProgress(CrawlOptions o, PrintStream progress) {
        return new CrawlOptions(o.dataDir(), o.crawlId(), o.siteIds(), o.rules(), o.settings(), o.proxy(),
                o.cookieFile(), o.delayOverride(), o.politeness(), o.maxPages(), progress, o.clock(), o.hadoopConf());
    }

    static PrintStream capture(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    /** Gaps in milliseconds between consecutive server-side arrival times. */
    static List<Long> gapsMillis(List<TinySite.Hit> hits) {
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < hits.size(); i++) {
            gaps.add((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000);
        }
        return gaps;
    }
}
