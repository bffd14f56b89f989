package org.civcred.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.HarvestCheck;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.site.SiteRegistry;
import org.civcred.storage.WarcRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The README's main command: serve the offline mirror on loopback, crawl every profiled site
 * through it, and check the capture against the mirror's ground truth.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the offline mirror, crawl all of it, check the result against its ground truth.",
            "Example: bin/civcred demo --data /tmp/civcred-demo"})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "0", description = "Mirror port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        MirrorSnapshot snapshot = MirrorSnapshot.standard();
        Clock clock = Clock.systemUTC();
        String crawlId = CrawlIds.fresh("demo", clock);
        Configuration hadoop = new Configuration();
        try (MirrorServer mirror = MirrorServer.start(snapshot, "127.0.0.1", port)) {
            System.out.printf("mirror %s serving %d hosts on 127.0.0.1:%d%n",
                    snapshot.version(), snapshot.hosts().size(), mirror.port());
            CrawlOptions options = new CrawlOptions(common.data, crawlId, List.of(),
                    new ProfileCrawlRules(SiteRegistry.loadDefault()), settings, "127.0.0.1:" + mirror.port(),
                    null, null, true, null, System.err, clock, hadoop);
            CrawlResult result = Crawler.run(options);
            CrawlSummary.print(result, System.out);
            HarvestCheck check = HarvestCheck.of(snapshot.groundTruth(),
                    WarcRecovery.recover(result.crawlDir(), hadoop).terminal(), mirror.requests());
            check.print(System.out);
            System.out.println("Next: validate the WARC files independently with bin/civcred-warc-check "
                    + result.crawlDir());
            return check.passed() ? 0 : 1;
        }
    }
}
