package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.civcred.model.Family;
import org.junit.jupiter.api.Test;

class HostsAndFamiliesTest {

    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));

    @Test
    void aSuffixPatternMatchesSubdomainsButNotTheBareDomain() {
        HostPattern p = HostPattern.parse("*.wenming.cn");
        assertTrue(p.matches("hnny.wenming.cn"));
        assertTrue(p.matches("a.b.wenming.cn"));
        assertTrue(p.matches("HNZMD.Wenming.CN."));
        assertFalse(p.matches("wenming.cn"));
        assertFalse(p.matches("notwenming.cn"));
    }

    @Test
    void aMiddleWildcardStandsForExactlyOneLabel() {
        HostPattern p = HostPattern.parse("credit.*.gov.cn");
        assertTrue(p.matches("credit.nanyang.gov.cn"));
        assertFalse(p.matches("credit.fzgg.tj.gov.cn"));
        assertFalse(p.matches("www.nanyang.gov.cn"));
    }

    @Test
    void malformedHostPatternsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("localhost"));
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("www.example.*"));
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("www..cn"));
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("http://www.example.cn"));
    }

    @Test
    void familiesFollowTheHostMap() {
        assertEquals(Optional.of(Family.CIVILIZATION), REGISTRY.familyOf("http://www.wenming.cn/a/yw/index.shtml"));
        assertEquals(Optional.of(Family.CIVILIZATION), REGISTRY.familyOf("http://hnzmd.wenming.cn/x.shtml"));
        assertEquals(Optional.of(Family.CIVILIZATION), REGISTRY.familyOf("http://tjwenming.cn/"));
        assertEquals(Optional.of(Family.CIVILIZATION), REGISTRY.familyOf("http://www.tjwenming.cn/tjhr/"));
        assertEquals(Optional.of(Family.CREDIT), REGISTRY.familyOf("http://public.creditchina.gov.cn/private-api/x"));
        assertEquals(Optional.of(Family.CREDIT), REGISTRY.familyOf("http://credit.nanyang.gov.cn/cxwh/index.html"));
        assertEquals(Optional.of(Family.CREDIT), REGISTRY.familyOf("http://credit.fzgg.tj.gov.cn/xygs/datalist.do"));
    }

    @Test
    void aPathPrefixLimitsTheFamilyToThatColumn() {
        assertEquals(Optional.of(Family.CREDIT), REGISTRY.familyOf("http://www.tongbai.gov.cn/xyxx/hhb/index.html"));
        assertEquals(Optional.empty(), REGISTRY.familyOf("http://www.tongbai.gov.cn/zwgk/index.html"));
    }

    @Test
    void unknownHostsHaveNoFamily() {
        assertEquals(Optional.empty(), REGISTRY.familyOf("http://www.example.com/"));
        assertEquals(Optional.empty(), REGISTRY.familyOf("not a url"));
    }

    @Test
    void anExactHostBeatsAPattern() {
        assertEquals("wenming", REGISTRY.forUrl("http://www.wenming.cn/a/yw/index.shtml").orElseThrow().id());
        assertEquals("wenming", REGISTRY.forUrl("http://zghr.wenming.cn/api/v2/candidates").orElseThrow().id());
        assertEquals("wenming-local", REGISTRY.forUrl("http://hnny.wenming.cn/sbhr/index.shtml").orElseThrow().id());
        assertEquals("wenming-local", REGISTRY.forUrl("http://hnzmd.wenming.cn/").orElseThrow().id());
    }

    @Test
    void theAllowlistIsTheUnionOfProfileHosts() {
        assertTrue(REGISTRY.allowsHost("www.creditchina.gov.cn"));
        assertTrue(REGISTRY.allowsHost("yl.wenming.cn"));
        assertTrue(REGISTRY.allowsHost("credit.fzgg.tj.gov.cn"));
        assertFalse(REGISTRY.allowsHost("www.example.com"));
        assertFalse(REGISTRY.allowsHost("credit.beijing.gov.cn"));
        assertTrue(REGISTRY.forUrl("http://www.example.com/").isEmpty());
    }

    @Test
    void everyProfileSeedBelongsToItsOwnProfileAndFamily() {
        for (SiteProfile profile : REGISTRY.profiles()) {
            profile.seeds().forEach(seed -> {
                assertEquals(profile.id(), REGISTRY.forUrl(seed.url()).orElseThrow().id(), seed.key());
                assertEquals(Optional.of(profile.family()), REGISTRY.familyOf(seed.url()), seed.key());
                assertTrue(profile.inScope(seed), "seed in scope: " + seed.key());
            });
        }
    }
}
