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
import org.civcred.jobs.Pipeline;
import org.civcred.jobs.SparkSessions;
import org.civcred.jobs.extract.IdHashKey;
import org.apache.spark.sql.SparkSession;
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
 * through it, check the capture against the mirror's ground truth, run every job, and score the
 * overlap tables against the same ground truth.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the offline mirror, crawl all of it, run every job, and score the overlap tables"
            + " against the mirror's ground truth.",
            "Example: bin/civcred demo --data /tmp/civcred-demo"})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "0", description = "Mirror port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        demoKey(settings);
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
            if (!check.passed()) {
                return 1;
            }
        }
        SparkSession spark = SparkSessions.create("civcred demo", settings);
        String runId = CrawlIds.fresh("run", clock);
        System.out.println("running the jobs " + Pipeline.names() + " (run " + runId + ")");
        PipelineRun.run(spark, common.data, settings, runId, clock, Pipeline.all())
                .forEach(r -> System.out.println("  " + r.job() + ": " + r.counts()));
        boolean good = DemoSummary.print(spark, common.data, snapshot.groundTruth(), System.out);
        System.out.println("Query them: bin/civcred sql --data " + common.data
                + " \"SELECT name, region_code, lag_days, probability FROM overlap_persons ORDER BY lag_days\"");
        System.out.println("Validate the WARC files independently: bin/civcred-warc-check " + common.data + "/raw");
        System.out.println("Read them: bin/civcred report --data " + common.data + "   (HTML with charts)");
        System.out.println("           bin/civcred dashboard --data " + common.data + " --port 8090   (http://127.0.0.1:8090/)");
        System.out.println("Run again later: bin/civcred run all --data " + common.data
                + "   (only what is new is processed; bin/civcred runs lists the runs)");
        return good ? 0 : 1;
    }

    /**
     * The demo's data directory is its own sandbox, so the demo makes the id-hash key itself, and says
     * so; a real data directory gets one from {@code keygen} (no run makes one silently).
     */
    private void demoKey(Settings settings) {
        if (!IdHashKey.available(settings, common.data, System.getenv())) {
            IdHashKey.generate(common.data);
            System.out.println("created a key for hashing identity numbers at " + IdHashKey.standardFile(common.data)
                    + " for this demo (for other data: bin/civcred keygen --data DIR)");
        }
    }
}
