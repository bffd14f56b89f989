package org.civcred.crawl;

import java.time.Duration;
import org.civcred.config.Errors;
import org.civcred.config.Settings;

/**
 * The {@code crawl.*} settings, read and validated once at the start of a run so that a bad
 * value stops the crawl before the first request rather than in the middle of it.
 */
record CrawlConfig(String userAgent, Duration defaultDelay, Duration liveMinimum, Duration offlineDelay,
                   int threads, Duration connectTimeout, Duration readTimeout, int maxBodyBytes,
                   int maxPages, int maxDepth, int maxPaginationPages, int maxUrlLength,
                   int maxRepeatedSegments, int retryMaxAttempts, Duration retryBaseBackoff,
                   Duration retryBaseBackoffOffline, Duration retryMaxBackoff, Duration challengeBackoff,
                   Duration challengeBackoffOffline, int challengeMaxPerHost, Duration robotsCacheTtl,
                   Duration progressInterval, long warcMaxFileBytes, String warcOperator) {

    static CrawlConfig from(Settings s) {
        long maxBody = s.bytes("crawl.max-body-bytes");
        if (maxBody < 1 || maxBody > Integer.MAX_VALUE - 1) {
            throw Errors.badSetting(s.source("crawl.max-body-bytes"), "crawl.max-body-bytes",
                    s.string("crawl.max-body-bytes"), "a size between 1B and 2GiB");
        }
        CrawlConfig c = new CrawlConfig(s.string("crawl.user-agent"),
                s.duration("crawl.delay.default"), s.duration("crawl.delay.live-minimum"),
                s.duration("crawl.delay.offline"), s.integer("crawl.threads"),
                s.duration("crawl.timeout.connect"), s.duration("crawl.timeout.read"), (int) maxBody,
                s.integer("crawl.max-pages"), s.integer("crawl.max-depth"),
                s.integer("crawl.max-pagination-pages"), s.integer("crawl.max-url-length"),
                s.integer("crawl.max-repeated-segments"), s.integer("crawl.retry.max-attempts"),
                s.duration("crawl.retry.base-backoff"), s.duration("crawl.retry.base-backoff.offline"),
                s.duration("crawl.retry.max-backoff"), s.duration("crawl.challenge.backoff"),
                s.duration("crawl.challenge.backoff.offline"), s.integer("crawl.challenge.max-per-host"),
                s.duration("crawl.robots.cache-ttl"), s.duration("crawl.progress.interval"),
                s.bytes("warc.max-file-bytes"), s.string("warc.operator"));
        requirePositive(s, "crawl.threads", c.threads);
        requirePositive(s, "crawl.retry.max-attempts", c.retryMaxAttempts);
        requirePositive(s, "crawl.challenge.max-per-host", c.challengeMaxPerHost);
        requirePositive(s, "crawl.max-repeated-segments", c.maxRepeatedSegments);
        if (c.progressInterval.isZero()) {
            throw Errors.badSetting(s.source("crawl.progress.interval"), "crawl.progress.interval", "0",
                    "a duration above zero");
        }
        return c;
    }

    private static void requirePositive(Settings s, String key, int value) {
        if (value < 1) {
            throw Errors.badSetting(s.source(key), key, String.valueOf(value), "a whole number of at least 1");
        }
    }
}
