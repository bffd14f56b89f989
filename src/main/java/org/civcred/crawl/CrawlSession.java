package org.civcred.crawl;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;
import org.civcred.model.LinkKind;
import org.civcred.storage.RecoveredCrawl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one crawl: resumes what the archive and the frontier journal say is unfinished,
 * admits the seeds, runs {@code crawl.threads} workers over the per-host scheduler until no
 * host has work it may be sent (or the page budget is spent), then writes the statistics.
 */
final class CrawlSession {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlSession.class);
    private static final Pattern CRAWL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final CrawlOptions options;
    private final ArchiveFactory archives;
    private final Clock clock;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final AtomicLong internalErrors = new AtomicLong();

    CrawlSession(CrawlOptions options, ArchiveFactory archives) {
        this.options = options;
        this.archives = archives;
        this.clock = options.clock();
    }

    CrawlResult run() {
        validate();
        Instant start = clock.instant();
        CrawlConfig config = CrawlConfig.from(options.settings());
        ProxyAddress proxy = options.proxy() == null || options.proxy().isBlank() ? null : ProxyAddress.parse(options.proxy());
        boolean mirror = proxy != null && MirrorProbe.probe(proxy, config.userAgent(), config.connectTimeout()).isPresent();
        PolitenessPlan plan = PolitenessPlan.choose(config, mirror, options.politeness(), options.delayOverride(),
                options.rules());
        LOG.info("Crawl {}: {}", options.crawlId(), plan.describe());
        CookieJar cookies = options.cookieFile() == null ? CookieJar.empty() : CookieJar.load(options.cookieFile());
        Configuration conf = options.hadoopConf() == null ? new Configuration() : options.hadoopConf();
        String crawlDir = StateFiles.join(options.dataDir(), "raw/" + options.crawlId());
        String stateDir = StateFiles.join(options.dataDir(), "state/crawls/" + options.crawlId());

        CrawlStats stats = new CrawlStats();
        HostScheduler scheduler = new HostScheduler(clock);
        CrawlResult result;
        List<CrawlReport.HostLine> hostLines;
        try (CrawlArchive archive = archives.open(options.dataDir(), crawlDir, options.crawlId(), config, conf);
             FrontierJournal journal = FrontierJournal.open(stateDir, conf, clock)) {
            RecoveredCrawl recovered = archive.recovered();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            seen.addAll(recovered.terminal().keySet());
            Recorder recorder = new Recorder(options.crawlId(), options.rules(), archive, stats, clock);
            UrlGuard guard = new UrlGuard(options.rules(), config, proxy, InetAddress::getAllByName);
            Discovery discovery = new Discovery(guard, options.rules(), seen, journal, scheduler, recorder,
                    recovered.attempts());
            resume(journal, recovered, seen, scheduler);
            admitSeeds(discovery);

            HostControl hosts = new HostControl(scheduler, stats, plan.challengeBackoff(), config.challengeMaxPerHost());
            ConditionalGet conditional = new ConditionalGet(archive);
            RetryPolicy retry = new RetryPolicy(config.retryMaxAttempts(), plan.retryBaseBackoff(),
                    config.retryMaxBackoff(), new SplittableRandom());
            ResponseHandler responses = new ResponseHandler(options.rules(), recorder, discovery, scheduler, hosts,
                    retry, conditional, archive, clock);
            RobotsBook robots = new RobotsBook(recovered.robots(), clock, config.robotsCacheTtl());
            long budget = options.maxPages() != null ? options.maxPages() : config.maxPages();
            RequestProcessor processor = new RequestProcessor(guard, robots, recorder, scheduler, hosts, conditional,
                    responses, plan, stats, budget, retry);

            try (ProgressReporter progress = new ProgressReporter(options.progress(), System.console() != null,
                    config.progressInterval(), clock, start, stats, scheduler, archive::bytesWritten)) {
                progress.start();
                runWorkers(config, proxy, cookies, scheduler, processor);
            }
            if (failure.get() != null) {
                throw Errors.io("Archiving crawl " + options.crawlId() + " to " + crawlDir + " failed", failure.get());
            }
            hostLines = CrawlReport.hostLines(stats, scheduler.view());
            List<String> stopped = hostLines.stream().filter(h -> h.stopReason() != null).map(CrawlReport.HostLine::host)
                    .toList();
            result = new CrawlResult(options.crawlId(), crawlDir, archive.files(), stats.outcomes(),
                    stats.requestsSent(), archive.bytesWritten(), Duration.between(start, clock.instant()),
                    scheduler.queued() + internalErrors.get(), stopped, StateFiles.join(crawlDir, "crawl-stats.json"));
        } catch (IOException e) {
            throw Errors.io("Crawl " + options.crawlId() + " could not use its archive or state under " + options.dataDir(), e);
        }
        return finish(result, plan, start, hostLines, conf);
    }

    private void resume(FrontierJournal journal, RecoveredCrawl recovered, Set<String> seen, HostScheduler scheduler)
            throws IOException {
        List<FrontierEntry> journaled = journal.replay();
        int queued = 0;
        for (FrontierEntry e : journaled) {
            if (seen.add(e.key())) {
                scheduler.add(new Pending(e, recovered.attempts().getOrDefault(e.key(), 0) + 1));
                queued++;
            }
        }
        if (!journaled.isEmpty() || recovered.groups() > 0) {
            LOG.info("Crawl {}: resuming; {} requests finished earlier, {} queued again from the journal, "
                            + "{} damaged WARC files repaired", options.crawlId(), recovered.terminal().size(), queued,
                    recovered.repairedFiles().size());
        }
    }

    private void admitSeeds(Discovery discovery) throws IOException {
        List<Discovery.Candidate> seeds = new ArrayList<>();
        for (CrawlRules.Seed s : options.rules().seeds(options.siteIds())) {
            seeds.add(new Discovery.Candidate(s.request(), LinkKind.NAVIGATION, 0, 0));
        }
        Discovery.Admitted a = discovery.admit(seeds, UrlGuard.Origin.SEED);
        LOG.info("Crawl {}: {} seeds, {} new, {} already known, {} refused", options.crawlId(), seeds.size(),
                a.accepted(), a.duplicates(), a.refused());
    }

    private void runWorkers(CrawlConfig config, ProxyAddress proxy, CookieJar cookies, HostScheduler scheduler,
                            RequestProcessor processor) {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < config.threads(); i++) {
            Fetcher fetcher = new Fetcher(config, proxy, cookies, clock);
            Thread t = new Thread(() -> work(scheduler, processor, fetcher), "civcred-fetch-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                scheduler.close();
                workers.forEach(Thread::interrupt);
                return;
            }
        }
    }

    private void work(HostScheduler scheduler, RequestProcessor processor, Fetcher fetcher) {
        while (true) {
            HostScheduler.Dispatch d;
            try {
                d = scheduler.take();
            } catch (InterruptedException e) {
                return;
            }
            if (d == null) {
                return;
            }
            Duration wait = Duration.ZERO;
            try {
                wait = processor.process(d, fetcher);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
                scheduler.close();
            } catch (RuntimeException e) {
                internalErrors.incrementAndGet();
                LOG.error("Unexpected failure on {}; it stays in the frontier for a later run",
                        d.pending().entry().key(), e);
            } finally {
                scheduler.release(d.host(), wait);
            }
        }
    }

    private CrawlResult finish(CrawlResult result, PolitenessPlan plan, Instant start,
                               List<CrawlReport.HostLine> hostLines, Configuration conf) {
        CrawlReport report = new CrawlReport(options.crawlId(), plan.mode().label(), start, result.elapsed(), result,
                hostLines);
        try {
            StateFiles.writeWhole(result.statsFile(), report.json(), conf);
        } catch (IOException e) {
            throw Errors.io("Cannot write the crawl statistics " + result.statsFile(), e);
        }
        if (options.progress() != null) {
            options.progress().print(report.table());
            options.progress().flush();
        }
        LOG.info("Crawl {} finished in {} ms: {} requests, outcomes {}, {} deferred, stopped hosts {}",
                options.crawlId(), result.elapsed().toMillis(), result.requestsSent(), result.outcomes(),
                result.deferred(), result.stoppedHosts());
        return result;
    }

    private void validate() {
        if (options.dataDir() == null || options.dataDir().isBlank()) {
            throw Errors.usage("No data directory was given", "Pass --data DIR (a path or a Hadoop URI)");
        }
        if (options.crawlId() == null || !CRAWL_ID.matcher(options.crawlId()).matches()) {
            throw Errors.usage("The crawl id '" + options.crawlId() + "' is not usable as a directory name",
                    "Use letters, digits, '.', '_' or '-' (at most 100), starting with a letter or digit");
        }
        if (options.rules() == null) {
            throw Errors.usage("No crawl rules were given", "Load the site profiles before crawling");
        }
        if (options.maxPages() != null && options.maxPages() < 0) {
            throw Errors.usage("--max-pages is negative", "Give zero or more pages");
        }
    }
}
