package org.civcred.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.civcred.site.Page;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.PriorCapture;
import org.civcred.storage.Revisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a fetch result is and archives it: challenge, too-large, page (links admitted
 * first, then the response or revisit), redirect (target admitted at the same depth), retry
 * (a lone metadata record and the request back at the front of its host's queue), gave-up,
 * network error or HTTP error. Returns the back-off the host must observe (zero if none).
 */
final class ResponseHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseHandler.class);

    private final CrawlRules rules;
    private final Recorder recorder;
    private final Discovery discovery;
    private final HostScheduler scheduler;
    private final HostControl hosts;
    private final ChallengeDetector detector;
    private final RetryPolicy retry;
    private final ConditionalGet conditional;
    private final CrawlArchive archive;
    private final Clock clock;

    ResponseHandler(CrawlRules rules, Recorder recorder, Discovery discovery, HostScheduler scheduler,
                    HostControl hosts, RetryPolicy retry, ConditionalGet conditional, CrawlArchive archive,
                    Clock clock) {
        this.rules = rules;
        this.recorder = recorder;
        this.discovery = discovery;
        this.scheduler = scheduler;
        this.hosts = hosts;
        this.detector = new ChallengeDetector(rules);
        this.retry = retry;
        this.conditional = conditional;
        this.archive = archive;
        this.clock = clock;
    }

    Duration handle(Pending p, Fetcher.Result r, Optional<PriorCapture> prior) throws IOException {
        FrontierEntry e = p.entry();
        int attempt = p.attempt();
        if (r.response() == null) {
            String why = r.error().getClass().getSimpleName() + ": " + r.error().getMessage();
            if (retry.mayRetryAfter(attempt)) {
                return scheduleRetry(p, r, why, Optional.empty());
            }
            recorder.failed(e, attempt, r, FetchOutcome.NETWORK_ERROR, why + " after " + attempt + " attempts",
                    Recorder.PAGE, Map.of());
            return Duration.ZERO;
        }
        HttpResponseData res = r.response();
        int status = res.status();
        Page page = Page.of(e.request(), status, res.header("Content-Type").orElse(null), res.body());
        Optional<Challenge> challenge = detector.inspect(page, res);
        if (challenge.isPresent()) {
            Challenge c = challenge.get();
            recorder.response(e, attempt, r, FetchOutcome.CHALLENGE, c.detail(), null, Recorder.PAGE,
                    Map.of("challenge-kind", c.kind()));
            hosts.challenged(e.hostKey(), c.kind());
            return Duration.ZERO;
        }
        if (res.truncated()) {
            recorder.response(e, attempt, r, FetchOutcome.TOO_LARGE, "body cut at " + res.body().length + " bytes",
                    null, Recorder.PAGE, Map.of());
        } else if (status >= 200 && status < 300) {
            admitLinks(e, page);
            Optional<Revisit> same = ConditionalGet.identical(prior, res.body());
            CaptureRef ref = recorder.response(e, attempt, r, same.isPresent() ? FetchOutcome.UNCHANGED : FetchOutcome.OK,
                    "HTTP " + status, same.orElse(null), Recorder.PAGE, Map.of());
            if (same.isEmpty()) {
                conditional.remember(e, r, ref);
            }
        } else if (status == 304 && prior.isPresent()) {
            Optional<Page> old = earlierPage(e, prior.get());
            if (old.isPresent()) {
                admitLinks(e, old.get());
            }
            recorder.response(e, attempt, r, FetchOutcome.UNCHANGED, "HTTP 304", ConditionalGet.notModified(prior.get()),
                    Recorder.PAGE, Map.of());
        } else if (status >= 300 && status < 400 && status != 304) {
            redirect(p, r);
        } else if (RetryPolicy.isRetryableStatus(status) && retry.mayRetryAfter(attempt)) {
            return scheduleRetry(p, r, "HTTP " + status,
                    RetryPolicy.parseRetryAfter(res.header("Retry-After").orElse(null), clock.instant()));
        } else if (RetryPolicy.isRetryableStatus(status)) {
            recorder.response(e, attempt, r, FetchOutcome.GAVE_UP, "HTTP " + status + " after " + attempt + " attempts",
                    null, Recorder.PAGE, Map.of());
        } else {
            recorder.response(e, attempt, r, FetchOutcome.HTTP_ERROR, "HTTP " + status, null, Recorder.PAGE, Map.of());
        }
        return Duration.ZERO;
    }

    private Duration scheduleRetry(Pending p, Fetcher.Result r, String why, Optional<Duration> retryAfter)
            throws IOException {
        Duration wait = retry.backoff(p.attempt(), retryAfter);
        recorder.failed(p.entry(), p.attempt(), r, FetchOutcome.RETRY,
                why + "; attempt " + p.attempt() + " of " + retry.maxAttempts() + ", next in " + wait.toMillis() + " ms",
                Recorder.PAGE, Map.of("backoff-ms", String.valueOf(wait.toMillis())));
        scheduler.addFirst(p.next());
        return wait;
    }

    private void redirect(Pending p, Fetcher.Result r) throws IOException {
        FrontierEntry e = p.entry();
        int status = r.response().status();
        Optional<String> target = r.response().header("Location").flatMap(loc -> Urls.resolve(e.url(), loc));
        String detail = "HTTP " + status + target.map(t -> " to " + t).orElse(" without a usable Location");
        if (target.isPresent()) {
            boolean keepsBody = e.request().isPost() && (status == 307 || status == 308);
            CrawlRequest next = keepsBody ? CrawlRequest.post(target.get(), e.request().formBody())
                    : CrawlRequest.get(target.get());
            Discovery.Admitted a = discovery.admit(List.of(new Discovery.Candidate(next, e.kind(), e.pageNumber(),
                    e.depth())), UrlGuard.Origin.REDIRECT);
            if (a.duplicates() > 0) {
                detail += "; target already known (a redirect loop or a duplicate), not followed again";
            }
        }
        recorder.response(e, p.attempt(), r, FetchOutcome.REDIRECT, detail, null, Recorder.PAGE, Map.of());
    }

    /** The earlier capture's page, whose links a 304 still needs; empty (with a warning) if unreadable. */
    private Optional<Page> earlierPage(FrontierEntry e, PriorCapture prior) {
        try {
            HttpResponseData old = archive.readPayload(prior);
            return Optional.of(Page.of(e.request(), old.status(), old.header("Content-Type").orElse(null), old.body()));
        } catch (IOException | RuntimeException ex) {
            LOG.warn("Cannot read the earlier capture of {} at {}@{}: {}; its links are not followed this time",
                    e.url(), prior.warcFile(), prior.offset(), ex.toString());
            return Optional.empty();
        }
    }

    private void admitLinks(FrontierEntry e, Page page) throws IOException {
        if (!isHtmlOrJson(page)) {
            return;
        }
        List<Link> links;
        try {
            links = rules.links(page);
        } catch (RuntimeException ex) {
            LOG.warn("Link extraction failed on {}: {}", e.url(), ex.toString());
            links = List.of();
        }
        List<Discovery.Candidate> candidates = new ArrayList<>();
        for (Link l : links) {
            int depth = l.kind() == LinkKind.PAGINATION ? e.depth() : e.depth() + 1;
            candidates.add(new Discovery.Candidate(l.request(), l.kind(), l.pageNumber(), depth));
        }
        Discovery.Admitted a = discovery.admit(candidates, UrlGuard.Origin.LINK);
        LOG.debug("{}: {} links, {} new, {} refused, {} dropped", e.url(), links.size(), a.accepted(), a.refused(),
                a.dropped());
    }

    private static boolean isHtmlOrJson(Page page) {
        String ct = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (ct.contains("html") || ct.contains("json")) {
            return true;
        }
        if (!ct.isEmpty() && !ct.startsWith("text/plain")) {
            return false;
        }
        return page.isJson() || new String(page.body(), 0, Math.min(page.body().length, 512),
                StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("<html");
    }
}
