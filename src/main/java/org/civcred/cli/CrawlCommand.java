package org.civcred.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.site.SiteRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Crawls the profiled sites politely into WARC files under {@code <data>/raw/<crawl-id>/}. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl profiled sites into WARC files under <data>/raw/<crawl-id>/. Rerun with the same"
            + " --crawl-id to resume an interrupted crawl; a new id in the same --data re-crawls with conditional"
            + " GET and writes revisit records for unchanged pages.",
            "Example: bin/civcred crawl --all --proxy 127.0.0.1:18080 --data /tmp/h"})
final class CrawlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--all", required = true, description = "Every profiled site.")
        boolean all;

        @Option(names = "--site", split = ",", paramLabel = "ID", required = true,
                description = "Only these profiles (see crawler/sites/), e.g. --site wenming,credit-tianjin")
        List<String> sites;
    }

    @Option(names = "--crawl-id", paramLabel = "ID", description = "Crawl id (default: crawl-<UTC timestamp>).")
    String crawlId;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "HTTP proxy, e.g. the offline mirror.")
    String proxy;

    @Option(names = "--cookies", paramLabel = "FILE",
            description = "Your own cookies in Netscape cookies.txt format (never archived).")
    Path cookies;

    @Option(names = "--delay", paramLabel = "DURATION",
            description = "Per-host delay instead of the profile/default one (live hosts never below crawl.delay.live-minimum).")
    String delay;

    @Option(names = "--max-pages", paramLabel = "N", description = "Stop after N requests (default: crawl.max-pages).")
    Integer maxPages;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        SiteRegistry registry = SiteRegistry.loadDefault();
        List<String> siteIds = which.all ? List.of() : which.sites;
        for (String id : siteIds) {
            if (registry.byId(id).isEmpty()) {
                throw Errors.usage("No site profile '" + id + "'",
                        "Known profiles: " + registry.profiles().stream().map(p -> p.id()).toList());
            }
        }
        Duration delayOverride = null;
        if (delay != null) {
            delayOverride = Settings.parseDuration(delay);
            if (delayOverride == null) {
                throw Errors.usage("--delay '" + delay + "' is not a duration", "Write it like 500ms, 3s or 1m");
            }
        }
        Clock clock = Clock.systemUTC();
        String id = CrawlIds.checked(crawlId != null ? crawlId : CrawlIds.fresh("crawl", clock));
        CrawlOptions options = new CrawlOptions(common.data, id, siteIds, new ProfileCrawlRules(registry),
                settings, proxy, cookies, delayOverride, true, maxPages, System.err, clock,
                new org.apache.hadoop.conf.Configuration());
        CrawlResult result = Crawler.run(options);
        CrawlSummary.print(result, System.out);
        return 0;
    }
}
