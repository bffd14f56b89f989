package org.civcred.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.CrawlResult;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.site.SiteRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Crawler throughput against the offline mirror, in two parts: raw speed with politeness off
 * (pages/s and MB/s written), and the per-host request rate achieved with politeness on compared
 * with the configured one (measured from the mirror's own request log, not the crawler's).
 */
@Command(name = "bench-crawl", mixinStandardHelpOptions = true,
        description = {"Benchmark the crawler against the offline mirror; prints a table and writes JSON under <data>/bench/.",
            "Example: bin/civcred bench-crawl --data /tmp/bench --repeat 3 --polite-delay 200ms"})
final class BenchCrawlCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs without politeness (median reported). Default: ${DEFAULT-VALUE}")
    int repeat;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Untimed runs first, so the JIT has compiled the hot paths. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--polite-delay", defaultValue = "200ms",
            description = "Per-host delay for the politeness run. Default: ${DEFAULT-VALUE}")
    String politeDelay;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        Duration delay = Settings.parseDuration(politeDelay);
        if (delay == null || repeat < 1 || warmup < 0) {
            throw Errors.usage("--polite-delay must be a duration and --repeat at least 1", "For example --polite-delay 200ms --repeat 3");
        }
        Configuration hadoop = new Configuration();
        Clock clock = Clock.systemUTC();
        ProfileCrawlRules rules = new ProfileCrawlRules(SiteRegistry.loadDefault());
        String runDir = common.data + "/bench/run-" + CrawlIds.fresh("crawl", clock);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", MachineInfo.describe());
        try (MirrorServer mirror = MirrorServer.start(MirrorSnapshot.standard(), "127.0.0.1", 0)) {
            String proxy = "127.0.0.1:" + mirror.port();
            for (int i = 1; i <= warmup; i++) {
                Crawler.run(options(runDir + "-warmup-" + i, "warmup", rules, settings, proxy, null, false, clock, hadoop));
                System.out.printf("warm-up run %d/%d done%n", i, warmup);
            }
            report.put("warmup_runs", warmup);
            List<Map<String, Object>> fast = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                mirror.clearLog();
                CrawlResult r = Crawler.run(
                        options(runDir + "-fast-" + i, "fast", rules, settings, proxy, null, false, clock, hadoop));
                double s = r.elapsed().toNanos() / 1e9;
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("requests", r.requestsSent());
                run.put("seconds", round(s));
                run.put("pages_per_s", round(r.requestsSent() / s));
                run.put("mb_per_s", round(r.bytesStored() / 1e6 / s));
                run.put("mb_written", round(r.bytesStored() / 1e6));
                fast.add(run);
                System.out.printf("politeness off, run %d/%d: %d requests in %.2f s = %.1f pages/s, %.2f MB/s written%n",
                        i, repeat, r.requestsSent(), s, r.requestsSent() / s, r.bytesStored() / 1e6 / s);
            }
            report.put("politeness_off", Map.of("runs", fast, "median_pages_per_s", median(fast, "pages_per_s"),
                    "median_mb_per_s", median(fast, "mb_per_s")));

            mirror.clearLog();
            CrawlResult polite = Crawler.run(
                    options(runDir + "-polite", "polite", rules, settings, proxy, delay, true, clock, hadoop));
            List<HostRate> rates = HostRate.fromLog(mirror.requests(), delay);
            report.put("politeness_on", Map.of("configured_delay_ms", delay.toMillis(),
                    "seconds", round(polite.elapsed().toNanos() / 1e9), "hosts", rates));
            System.out.printf("%npoliteness on (delay %d ms per host): %d requests in %.1f s%n",
                    delay.toMillis(), polite.requestsSent(), polite.elapsed().toMillis() / 1000.0);
            HostRate.printTable(rates, System.out);
        }
        System.out.printf("%npoliteness off, median of %d: %.1f pages/s, %.2f MB/s%n", repeat,
                median(fastRuns(report), "pages_per_s"), median(fastRuns(report), "mb_per_s"));
        Path out = Path.of(common.data, "bench", "crawl-bench-" + CrawlIds.fresh("run", clock) + ".json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("JSON: " + out.toAbsolutePath());
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fastRuns(Map<String, Object> report) {
        return (List<Map<String, Object>>) ((Map<String, Object>) report.get("politeness_off")).get("runs");
    }

    private static CrawlOptions options(String dataDir, String id, ProfileCrawlRules rules, Settings settings,
                                        String proxy, Duration delay, boolean politeness, Clock clock,
                                        Configuration hadoop) {
        return new CrawlOptions(dataDir, id, List.of(), rules, settings,
                proxy, null, delay, politeness, null, System.err, clock, hadoop);
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        double[] v = runs.stream().mapToDouble(r -> ((Number) r.get(key)).doubleValue()).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
