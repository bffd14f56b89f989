package org.civcred.crawl;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civcred.config.Settings;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.civcred.site.Page;
import org.civcred.storage.HttpResponseData;

/**
 * One fetch of one page for inspection ({@code check-site}), under the crawler's own rules: the
 * URL guard, robots.txt, and defence detection. Nothing is archived; the verdict says why a page
 * was not fetched or what answered instead of it.
 */
public final class PageProbe {

    /**
     * @param page     the fetched page, or null when nothing usable came back
     * @param status   HTTP status, or 0 when no request was sent
     * @param verdict  {@code ok}, or why not: {@code blocked: …}, {@code robots-disallowed: …},
     *                 {@code challenge: <kind> …}, {@code network-error: …}
     */
    public record Probe(Page page, int status, String verdict) {

        public boolean ok() {
            return verdict.equals("ok");
        }
    }

    private PageProbe() {
    }

    public static Probe fetch(CrawlRequest request, CrawlRules rules, Settings settings, String proxy,
                              Path cookieFile, Clock clock) {
        CrawlConfig config = CrawlConfig.from(settings);
        ProxyAddress proxyAddress = proxy == null ? null : ProxyAddress.parse(proxy);
        UrlGuard guard = new UrlGuard(rules, config, proxyAddress, InetAddress::getAllByName);
        Verdict verdict = guard.check(request, LinkKind.NAVIGATION, 0, 0, UrlGuard.Origin.SEED);
        if (verdict.decision() != Verdict.Decision.ACCEPT) {
            String kind = verdict.challengeKind() == null ? "blocked" : "challenge: " + verdict.challengeKind();
            return new Probe(null, 0, kind + ": " + verdict.reason());
        }
        Optional<String> refusal = guard.addressRefusal(request.url());
        if (refusal.isPresent()) {
            return new Probe(null, 0, "blocked: " + refusal.get());
        }
        Fetcher fetcher = new Fetcher(config, proxyAddress,
                cookieFile == null ? CookieJar.empty() : CookieJar.load(cookieFile), clock);
        Fetcher.Result robots = fetcher.fetch(CrawlRequest.get(Urls.robotsUrl(request.url())), List.of());
        if (robots.response() == null) {
            return new Probe(null, 0, "network-error: robots.txt unreachable: " + robots.error().getMessage());
        }
        RobotsBook.HostRobots rulesForHost = RobotsBook.parse(Urls.robotsUrl(request.url()), robots.response());
        if (!rulesForHost.allows(request.url())) {
            return new Probe(null, 0, "robots-disallowed: " + rulesForHost.why());
        }
        Fetcher.Result result = fetcher.fetch(request, List.of());
        if (result.response() == null) {
            return new Probe(null, 0, "network-error: " + result.error().getMessage());
        }
        HttpResponseData response = result.response();
        Page page = Page.of(request, response.status(), response.header("Content-Type").orElse(null), response.body());
        Optional<Challenge> challenge = new ChallengeDetector(rules).inspect(page, response);
        if (challenge.isPresent()) {
            return new Probe(page, response.status(), "challenge: " + challenge.get().kind() + " " + challenge.get().detail());
        }
        return new Probe(page, response.status(), "ok");
    }
}
