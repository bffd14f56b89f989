package org.civcred.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.LinkKind;
import org.civcred.site.HostChecks;

/**
 * The crawler's limits on what it may request.
 *
 * <p>At discovery ({@link #check}): only http/https; no disguised host (user info, an obscured
 * IP address, an internationalised look-alike of an allowed host); the host must be on the allowlist; defence
 * endpoints are refused as challenges; extracted links must be in the profile's scope; depth,
 * URL length, repeated path segments and pagination depth are capped. Links that are merely
 * off-site or out of scope are dropped silently (pages are full of them); a seed or a redirect
 * target that fails is refused and recorded, since someone meant it.
 *
 * <p>Just before sending ({@link #addressRefusal}): targets that are IP literals or names
 * resolving to private, loopback or link-local addresses are refused unless they are the
 * configured proxy/mirror itself. With a proxy set, names are not resolved here at all: the
 * proxy resolves them, and a local lookup would leak the crawl's targets to the local resolver.
 */
final class UrlGuard {

    /** Where a request came from; seeds and redirects are refused loudly, links dropped quietly. */
    enum Origin { SEED, LINK, REDIRECT }

    /** Name → addresses; the system resolver in production. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final CrawlRules rules;
    private final CrawlConfig config;
    private final ProxyAddress proxy;
    private final Resolver resolver;
    private final ChallengeDetector challenges;

    UrlGuard(CrawlRules rules, CrawlConfig config, ProxyAddress proxy, Resolver resolver) {
        this.rules = rules;
        this.config = config;
        this.proxy = proxy;
        this.resolver = resolver;
        this.challenges = new ChallengeDetector(rules);
    }

    /** The decision for a request found as a seed, link or redirect target at {@code depth}. */
    Verdict check(CrawlRequest request, LinkKind kind, int pageNumber, int depth, Origin origin) {
        String url = request.url();
        String scheme = Urls.scheme(url);
        if (!scheme.equals("http") && !scheme.equals("https") || Urls.host(url).isEmpty()) {
            return quietOrLoud(origin, "not an http(s) URL: " + abbreviate(url));
        }
        Optional<String> disguise = disguise(url);
        if (disguise.isPresent()) {
            return quietOrLoud(origin, disguise.get());
        }
        if (!rules.hostAllowed(Urls.host(url))) {
            return quietOrLoud(origin, "host " + Urls.host(url) + " is not on the allowlist");
        }
        Optional<Challenge> endpoint = challenges.endpoint(url);
        if (endpoint.isPresent()) {
            return Verdict.challenge(endpoint.get());
        }
        if (origin != Origin.SEED && !rules.inScope(request)) {
            return origin == Origin.LINK ? Verdict.drop("out of scope")
                    : Verdict.refuse(FetchOutcome.BLOCKED, "redirect target out of the profile's scope");
        }
        if (depth > config.maxDepth()) {
            return Verdict.refuse(FetchOutcome.BLOCKED, "depth " + depth + " exceeds crawl.max-depth " + config.maxDepth());
        }
        java.util.OptionalInt profileDepth = rules.maxDepth(url);
        if (profileDepth.isPresent() && depth > profileDepth.getAsInt()) {
            return Verdict.refuse(FetchOutcome.BLOCKED, "depth " + depth + " exceeds the profile's max-depth "
                    + profileDepth.getAsInt());
        }
        if (url.length() > config.maxUrlLength()) {
            return Verdict.refuse(FetchOutcome.TRAP, "URL length " + url.length() + " exceeds crawl.max-url-length");
        }
        Optional<String> repeated = repeatedSegment(url);
        if (repeated.isPresent()) {
            return Verdict.refuse(FetchOutcome.TRAP, "path segment '" + repeated.get() + "' repeats "
                    + config.maxRepeatedSegments() + " or more times");
        }
        if (kind == LinkKind.PAGINATION && pageNumber > config.maxPaginationPages()) {
            return Verdict.refuse(FetchOutcome.TRAP, "pagination page " + pageNumber
                    + " beyond crawl.max-pagination-pages " + config.maxPaginationPages());
        }
        return Verdict.ACCEPT;
    }

    /**
     * URLs made to read as one host while going to another: user info before the host
     * ({@code http://www.creditchina.gov.cn@evil.example/}), an address written as one number or in
     * hex or octal, or an internationalised name imitating an allowed host with look-alike letters.
     * Refused even when the real host happens to be allowed: nobody links to a site that way honestly.
     */
    private Optional<String> disguise(String url) {
        if (HostChecks.userInfo(url).isPresent()) {
            return Optional.of("URL carries user info before its host (" + abbreviate(url) + "), a disguise");
        }
        String host = HostChecks.hostOf(url);
        if (HostChecks.isObscuredAddress(host)) {
            return Optional.of("host " + host + " is an IP address in an obscured form (one number, hex or octal)");
        }
        Optional<String> imitated = HostChecks.lookalikeOf(host, rules::hostAllowed);
        return imitated.map(h -> "host " + host + " imitates the allowed host " + h + " with look-alike characters");
    }

    /** Why the target's address may not be contacted, or empty when it may. */
    Optional<String> addressRefusal(String url) {
        String host = Urls.host(url);
        if (HostChecks.isObscuredAddress(host)) {
            return Optional.of("host " + host + " is an IP address in an obscured form (one number, hex or octal)");
        }
        boolean literal = HostChecks.isLiteral(host);
        if (proxy != null && host.equals(proxy.host()) && Urls.port(url) == proxy.port()) {
            return Optional.empty();
        }
        if (!literal && proxy != null) {
            return Optional.empty();
        }
        try {
            List<InetAddress> addresses = literal
                    ? List.of(InetAddress.getByName(host.replace("[", "").replace("]", "")))
                    : List.of(resolver.resolve(host));
            for (InetAddress a : addresses) {
                if (isInternal(a)) {
                    return Optional.of("address " + a.getHostAddress() + " of " + host + " is private, loopback or link-local");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            // Unresolvable names fail at fetch time as network errors, with retries.
            return Optional.empty();
        }
    }

    static boolean isInternal(InetAddress a) {
        return HostChecks.isInternal(a);
    }

    private Optional<String> repeatedSegment(String url) {
        String path = Urls.parse(url).map(java.net.URL::getPath).orElse("");
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && counts.merge(segment, 1, Integer::sum) >= config.maxRepeatedSegments()) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    private static Verdict quietOrLoud(Origin origin, String reason) {
        return origin == Origin.LINK ? Verdict.drop(reason) : Verdict.refuse(FetchOutcome.BLOCKED, reason);
    }

    private static String abbreviate(String url) {
        return url.length() <= 80 ? url : url.substring(0, 77) + "...";
    }
}
