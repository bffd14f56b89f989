package org.civcred.crawl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Settings;

/**
 * Everything one crawl run needs. Running again with the same {@code crawlId} resumes it.
 *
 * @param dataDir       root of the data tree; a plain path or a Hadoop URI (file://, hdfs://, s3a://)
 * @param crawlId       names the WARC directory {@code raw/<crawlId>} and the state directory
 * @param siteIds       profiles whose seeds to start from; empty means every profile
 * @param rules         what the crawler may fetch and how it finds links
 * @param settings      layered settings; the {@code crawl.*} keys are read once at start
 * @param proxy         {@code host:port} of an HTTP proxy (or the offline mirror), or null
 * @param cookieFile    Netscape {@code cookies.txt} whose cookies are sent, or null
 * @param delayOverride replaces the base per-host delay ({@code --delay}), or null
 * @param politeness    false drops every per-host delay; for benchmarks against the mirror only
 * @param maxPages      page requests this run may send (overrides {@code crawl.max-pages}), or null
 * @param progress      where the progress line and the summary go, or null for silence
 * @param clock         time source for fetch times, delays and elapsed time; must advance
 * @param hadoopConf    file-system configuration, or null for a default one
 */
public record CrawlOptions(String dataDir, String crawlId, List<String> siteIds,
                           CrawlRules rules, Settings settings, String proxy, Path cookieFile,
                           Duration delayOverride, boolean politeness,
                           Integer maxPages, PrintStream progress, Clock clock,
                           Configuration hadoopConf) {

    public CrawlOptions {
        siteIds = siteIds == null ? List.of() : List.copyOf(siteIds);
        clock = clock == null ? Clock.systemUTC() : clock;
        settings = settings == null ? Settings.defaults() : settings;
    }
}
