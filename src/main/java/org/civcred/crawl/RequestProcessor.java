package org.civcred.crawl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.PriorCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one dispatched request through the checks that come before sending — address,
 * robots.txt (fetched and archived first if the host has none yet), page budget — then fetches
 * it and hands the result to the {@link ResponseHandler}. Returns how long the host must wait
 * before its next request; zero when nothing was sent.
 */
final class RequestProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestProcessor.class);

    private final UrlGuard guard;
    private final RobotsBook robots;
    private final Recorder recorder;
    private final HostScheduler scheduler;
    private final HostControl hosts;
    private final ConditionalGet conditional;
    private final ResponseHandler responses;
    private final PolitenessPlan plan;
    private final CrawlStats stats;
    private final AtomicLong pagesLeft;
    private final RetryPolicy retry;
    private final Map<String, Boolean> delayLogged = new ConcurrentHashMap<>();
    private final Map<String, Integer> robotsAttempts = new ConcurrentHashMap<>();

    RequestProcessor(UrlGuard guard, RobotsBook robots, Recorder recorder, HostScheduler scheduler,
                     HostControl hosts, ConditionalGet conditional, ResponseHandler responses, PolitenessPlan plan,
                     CrawlStats stats, long pageBudget, RetryPolicy retry) {
        this.guard = guard;
        this.robots = robots;
        this.recorder = recorder;
        this.scheduler = scheduler;
        this.hosts = hosts;
        this.conditional = conditional;
        this.responses = responses;
        this.plan = plan;
        this.stats = stats;
        this.pagesLeft = new AtomicLong(pageBudget);
        this.retry = retry;
    }

    /** Processes one dispatch; the returned wait is passed to {@link HostScheduler#release}. */
    Duration process(HostScheduler.Dispatch d, Fetcher fetcher) throws IOException {
        Pending p = d.pending();
        FrontierEntry e = p.entry();
        Optional<String> addressRefusal = guard.addressRefusal(e.url());
        if (addressRefusal.isPresent()) {
            recorder.lone(e, p.attempt(), FetchOutcome.BLOCKED, addressRefusal.get(), Map.of());
            return Duration.ZERO;
        }
        Optional<RobotsBook.HostRobots> known = robots.lookup(e.url());
        if (known.isEmpty()) {
            scheduler.addFirst(p);
            return fetchRobots(d.host(), e, fetcher);
        }
        RobotsBook.HostRobots rules = known.get();
        if (rules.unavailable()) {
            scheduler.addFirst(p);
            hosts.stop(d.host(), rules.why());
            return Duration.ZERO;
        }
        if (!rules.allows(e.url())) {
            recorder.lone(e, p.attempt(), FetchOutcome.ROBOTS_DISALLOWED, "robots.txt disallows it", Map.of());
            return Duration.ZERO;
        }
        if (pagesLeft.getAndDecrement() <= 0) {
            scheduler.addFirst(p);
            scheduler.close();
            return Duration.ZERO;
        }
        Optional<PriorCapture> prior = conditional.prior(e);
        Fetcher.Result result = fetcher.fetch(e.request(), ConditionalGet.headers(e, prior));
        stats.requestSent(d.host(), result.fetchTime(), true);
        Duration delay = hostDelay(d.host(), e.url(), rules);
        Duration backoff = responses.handle(p, result, prior);
        return backoff.compareTo(delay) > 0 ? backoff : delay;
    }

    /**
     * Fetches and archives the host's robots.txt and returns the wait before the host's next request.
     * A 5xx or no answer means "disallow everything for now" (RFC 9309 §2.3.1.4): the host's queue
     * waits and robots.txt is asked again after the retry back-off, up to
     * {@code crawl.retry.max-attempts} times; only then is the host stopped for this run.
     */
    private Duration fetchRobots(String host, FrontierEntry page, Fetcher fetcher) throws IOException {
        FrontierEntry entry = new FrontierEntry(0, page.siteId(), page.kind(), 0,
                CrawlRequest.get(Urls.robotsUrl(page.url())));
        int attempt = robotsAttempts.merge(host, 1, Integer::sum);
        Fetcher.Result r = fetcher.fetch(entry.request(), List.of());
        stats.requestSent(page.hostKey(), r.fetchTime(), false);
        boolean failed = r.response() == null || r.response().status() >= 500;
        if (failed && retry.mayRetryAfter(attempt)) {
            Duration wait = retry.backoff(attempt, Optional.empty());
            String why = (r.response() == null ? String.valueOf(r.error().getMessage()) : "HTTP " + r.response().status())
                    + "; everything disallowed until attempt " + (attempt + 1) + " of " + retry.maxAttempts() + " in "
                    + wait.toMillis() + " ms";
            recorder.failed(entry, attempt, r, FetchOutcome.RETRY, "robots.txt: " + why, Recorder.ROBOTS,
                    Map.of("backoff-ms", String.valueOf(wait.toMillis())));
            LOG.info("robots.txt of {} failed: {}", page.hostKey(), why);
            return wait;
        }
        if (r.response() == null) {
            String why = String.valueOf(r.error().getMessage());
            recorder.failed(entry, attempt, r, FetchOutcome.NETWORK_ERROR, "robots.txt: " + why, Recorder.ROBOTS, Map.of());
            return hostDelay(host, page.url(), robots.unreachable(page.url(), why));
        }
        RobotsBook.HostRobots rules = robots.learn(page.url(), r.response());
        int status = r.response().status();
        FetchOutcome outcome = status >= 200 && status < 300 ? FetchOutcome.OK
                : status >= 500 ? FetchOutcome.GAVE_UP : FetchOutcome.HTTP_ERROR;
        recorder.response(entry, attempt, r, outcome, rules.why(), null, Recorder.ROBOTS, Map.of());
        LOG.debug("robots.txt of {}: {}", page.hostKey(), rules.why());
        return hostDelay(host, page.url(), rules);
    }

    private Duration hostDelay(String host, String url, RobotsBook.HostRobots rules) {
        Duration delay = plan.hostDelay(Urls.host(url), rules.crawlDelay());
        stats.configuredDelay(host, delay);
        if (delayLogged.putIfAbsent(host, Boolean.TRUE) == null) {
            LOG.info("Host {}: {} ms between requests ({}{})", host, delay.toMillis(), plan.mode().label(),
                    rules.crawlDelay() == null ? "" : ", robots.txt Crawl-delay " + rules.crawlDelay().toMillis() + " ms");
        }
        return delay;
    }
}
