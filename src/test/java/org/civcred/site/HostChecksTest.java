package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.IDN;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostChecksTest {

    private static final Set<String> KNOWN = Set.of("www.creditchina.gov.cn", "www.wenming.cn");

    @Test
    void numbersThatAreNotDottedQuadsAreObscuredAddresses() {
        for (String host : new String[] {"2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "10.1"}) {
            assertTrue(HostChecks.isObscuredAddress(host), host);
        }
        for (String host : new String[] {"127.0.0.1", "www.wenming.cn", "12306.cn", "1.example"}) {
            assertFalse(HostChecks.isObscuredAddress(host), host);
        }
    }

    @Test
    void privateLoopbackAndLinkLocalLiteralsAreInternal() {
        for (String host : new String[] {"10.0.0.1", "127.0.0.1", "::1", "[::1]", "169.254.169.254", "192.168.1.1",
            "100.64.0.1", "fd00::1", "0.0.0.0"}) {
            assertTrue(HostChecks.internalLiteral(host).isPresent(), host);
        }
        assertEquals(Optional.empty(), HostChecks.internalLiteral("8.8.8.8"));
        assertEquals(Optional.empty(), HostChecks.internalLiteral("www.wenming.cn"), "names are never resolved here");
    }

    @Test
    void lookAlikesOfKnownHostsAreNamedAndGenuineNamesAreNot() {
        String cyrillic = "www.\u0441reditchina.gov.cn";
        assertEquals(Optional.of("www.creditchina.gov.cn"), HostChecks.lookalikeOf(cyrillic, KNOWN::contains));
        assertEquals(Optional.of("www.creditchina.gov.cn"), HostChecks.lookalikeOf(IDN.toASCII(cyrillic), KNOWN::contains));
        assertEquals(Optional.of("www.wenming.cn"), HostChecks.lookalikeOf("www.w\u0435nming.cn", KNOWN::contains));
        assertEquals(Optional.empty(), HostChecks.lookalikeOf("www.creditchina.gov.cn", KNOWN::contains));
        assertEquals(Optional.empty(), HostChecks.lookalikeOf("中国文明网.cn", KNOWN::contains), "an IDN imitating nothing");
    }

    @Test
    void userInfoAndTheRealHostAreReadAsABrowserWould() {
        String url = "http://www.creditchina.gov.cn@evil.example:8080/x";
        assertEquals(Optional.of("www.creditchina.gov.cn"), HostChecks.userInfo(url));
        assertEquals("evil.example", HostChecks.hostOf(url));
        assertEquals(Optional.empty(), HostChecks.userInfo("http://www.wenming.cn/a@b"));
        assertEquals("::1", HostChecks.hostOf("http://[::1]:80/"));
        assertEquals("www.\u0441reditchina.gov.cn", HostChecks.hostOf("http://www.\u0441reditchina.gov.cn/x"));
    }
}
