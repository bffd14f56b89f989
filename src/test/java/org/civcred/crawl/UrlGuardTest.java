package org.civcred.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class UrlGuardTest {

    private static final TestRules RULES = new TestRules(List.of(), Set.of("www.wenming.cn", "10.0.0.5"), Map.of());
    private static final CrawlConfig CONFIG = CrawlConfig.from(CrawlFixtures.settings(
            "crawl.max-depth", "3", "crawl.max-url-length", "60", "crawl.max-pagination-pages", "5"));
    private static final UrlGuard.Resolver NO_DNS = host -> {
        throw new AssertionError("resolved " + host);
    };

    private final UrlGuard guard = new UrlGuard(RULES, CONFIG, null, NO_DNS);

    private Verdict link(String url) {
        return guard.check(CrawlRequest.get(url), LinkKind.DETAIL, 0, 1, UrlGuard.Origin.LINK);
    }

    @Test
    void onlyHttpAndHttpsLinksOnTheAllowlistInScopeAreAccepted() {
        assertEquals(Verdict.Decision.ACCEPT, link("http://www.wenming.cn/a/yw/index.shtml").decision());
        assertEquals(Verdict.Decision.ACCEPT, link("https://www.wenming.cn/x").decision());
        for (String url : List.of("javascript:void(0)", "mailto:a@b.cn", "data:text/html,hi", "file:///etc/passwd",
                "ftp://www.wenming.cn/x", "http://other.example/", "http://www.wenming.cn/out-of-scope/x", "//nohost")) {
            assertEquals(Verdict.Decision.DROP, link(url).decision(), url);
        }
    }

    @Test
    void aSeedOrRedirectOffTheAllowlistIsRefusedAsBlocked() {
        Verdict v = guard.check(CrawlRequest.get("http://evil.example/"), LinkKind.NAVIGATION, 0, 0,
                UrlGuard.Origin.REDIRECT);
        assertEquals(Verdict.Decision.REFUSE, v.decision());
        assertEquals(FetchOutcome.BLOCKED, v.outcome());
    }

    @Test
    void defenceEndpointsAreRefusedAsCaptchaEndpointChallenges() {
        Verdict v = link("http://www.wenming.cn/private-api/verify/getVerify?t=1");
        assertEquals(FetchOutcome.CHALLENGE, v.outcome());
        assertEquals("captcha-endpoint", v.challengeKind());
    }

    @Test
    void depthLengthRepeatsAndPaginationAreCapped() {
        assertEquals(FetchOutcome.BLOCKED, guard.check(CrawlRequest.get("http://www.wenming.cn/d"), LinkKind.DETAIL, 0, 4,
                UrlGuard.Origin.LINK).outcome());
        assertEquals(FetchOutcome.TRAP, link("http://www.wenming.cn/" + "a".repeat(60)).outcome());
        assertEquals(FetchOutcome.TRAP, link("http://www.wenming.cn/x/y/x/z/x/").outcome());
        assertEquals(Verdict.Decision.ACCEPT, link("http://www.wenming.cn/x/y/x/").decision(), "twice is fine");
        assertEquals(Verdict.Decision.ACCEPT, guard.check(CrawlRequest.get("http://www.wenming.cn/i_5.shtml"),
                LinkKind.PAGINATION, 5, 1, UrlGuard.Origin.LINK).decision());
        assertEquals(FetchOutcome.TRAP, guard.check(CrawlRequest.get("http://www.wenming.cn/i_6.shtml"),
                LinkKind.PAGINATION, 6, 1, UrlGuard.Origin.LINK).outcome());
    }

    @Test
    void privateLiteralsAreRefusedUnlessTheyAreTheProxy() {
        assertTrue(guard.addressRefusal("http://10.0.0.5/x").isPresent());
        assertTrue(guard.addressRefusal("http://127.0.0.1:8080/").isPresent());
        assertTrue(guard.addressRefusal("http://[::1]/").isPresent());
        assertTrue(guard.addressRefusal("http://169.254.169.254/").isPresent());
        assertEquals(Optional.empty(), guard.addressRefusal("http://8.8.8.8/"));
        UrlGuard viaMirror = new UrlGuard(RULES, CONFIG, ProxyAddress.parse("127.0.0.1:8080"), NO_DNS);
        assertEquals(Optional.empty(), viaMirror.addressRefusal("http://127.0.0.1:8080/x"));
        assertTrue(viaMirror.addressRefusal("http://127.0.0.1:9090/x").isPresent(), "same address, other port");
    }

    @Test
    void namesResolvingToPrivateAddressesAreRefusedButNotResolvedWhenAProxyIsSet() throws Exception {
        InetAddress internal = InetAddress.getByName("192.168.1.20");
        InetAddress external = InetAddress.getByName("61.135.1.1");
        UrlGuard direct = new UrlGuard(RULES, CONFIG, null,
                host -> host.startsWith("intranet") ? new InetAddress[] {external, internal} : new InetAddress[] {external});
        assertTrue(direct.addressRefusal("http://intranet.wenming.cn/").isPresent());
        assertEquals(Optional.empty(), direct.addressRefusal("http://www.wenming.cn/"));
        UrlGuard proxied = new UrlGuard(RULES, CONFIG, ProxyAddress.parse("127.0.0.1:8080"), NO_DNS);
        assertEquals(Optional.empty(), proxied.addressRefusal("http://intranet.wenming.cn/"));
    }

    @Test
    void aProfilesOwnMaxDepthIsAppliedBelowTheCrawlWideOne() {
        CrawlRules shallow = new TestRules(List.of(), Set.of("www.wenming.cn"), Map.of()) {
            @Override
            public java.util.OptionalInt maxDepth(String url) {
                return java.util.OptionalInt.of(2);
            }
        };
        UrlGuard g = new UrlGuard(shallow, CONFIG, null, NO_DNS);
        CrawlRequest r = CrawlRequest.get("http://www.wenming.cn/d");
        assertEquals(Verdict.Decision.ACCEPT, g.check(r, LinkKind.DETAIL, 0, 2, UrlGuard.Origin.LINK).decision());
        Verdict tooDeep = g.check(r, LinkKind.DETAIL, 0, 3, UrlGuard.Origin.SEED);
        assertEquals(FetchOutcome.BLOCKED, tooDeep.outcome());
        assertTrue(tooDeep.reason().contains("profile's max-depth 2"), tooDeep.reason());
    }

    @Test
    void disguisedHostsAreDroppedAsLinksAndRefusedAsSeedsOrRedirects() {
        UrlGuard g = new UrlGuard(new TestRules(List.of(), Set.of("www.creditchina.gov.cn", "2130706433"), Map.of()),
                CONFIG, null, NO_DNS);
        String cyrillic = "www.\u0441reditchina.gov.cn";
        for (String url : List.of("http://www.creditchina.gov.cn@evil.example/", "http://x@www.creditchina.gov.cn/",
                "http://" + cyrillic + "/", "http://" + java.net.IDN.toASCII(cyrillic) + "/", "http://2130706433/",
                "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://127.1/")) {
            assertEquals(Verdict.Decision.DROP, g.check(CrawlRequest.get(url), LinkKind.DETAIL, 0, 1,
                    UrlGuard.Origin.LINK).decision(), url);
            Verdict redirect = g.check(CrawlRequest.get(url), LinkKind.NAVIGATION, 0, 1, UrlGuard.Origin.REDIRECT);
            assertEquals(FetchOutcome.BLOCKED, redirect.outcome(), url);
            assertEquals(FetchOutcome.BLOCKED, g.check(CrawlRequest.get(url), LinkKind.NAVIGATION, 0, 0,
                    UrlGuard.Origin.SEED).outcome(), url);
        }
        Verdict lookalike = g.check(CrawlRequest.get("http://" + cyrillic + "/"), LinkKind.NAVIGATION, 0, 0,
                UrlGuard.Origin.SEED);
        assertTrue(lookalike.reason().contains("imitates the allowed host www.creditchina.gov.cn"), lookalike.reason());
    }

    @Test
    void obscuredAddressesAreRefusedBeforeAnyLookupEvenInMirrorMode() {
        UrlGuard viaMirror = new UrlGuard(RULES, CONFIG, ProxyAddress.parse("127.0.0.1:8080"), NO_DNS);
        for (String url : List.of("http://2130706433/", "http://0x7f000001/", "http://127.1:8080/")) {
            assertTrue(guard.addressRefusal(url).isPresent(), url);
            assertTrue(viaMirror.addressRefusal(url).isPresent(), url);
        }
        assertTrue(viaMirror.addressRefusal("http://10.0.0.1/").isPresent(), "mirror mode admits the mirror only");
        assertTrue(viaMirror.addressRefusal("http://[::1]:8080/").isPresent(), "mirror mode admits the mirror only");
    }
}
