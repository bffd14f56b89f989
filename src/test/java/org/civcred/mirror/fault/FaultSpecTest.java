package org.civcred.mirror.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

    @Test
    void ratesAndParametersAreReadPerKind() {
        FaultSpec spec = FaultSpec.parse("5xx:0.05,429:0.02:after=date:wait=3,reset:0.01,5xx:0.1:n=always");
        assertEquals(3, spec.entries().size());
        FaultSpec.Entry server = spec.entries().get(FaultKind.SERVER_ERROR);
        assertEquals(0.1, server.rate());
        assertEquals(Integer.MAX_VALUE, server.failingAttempts());
        assertEquals("date", spec.entries().get(FaultKind.TOO_MANY_REQUESTS).text("after", "seconds"));
        assertEquals(3, spec.entries().get(FaultKind.TOO_MANY_REQUESTS).number("wait", 1));
    }

    @Test
    void presetsTurnOnEveryKindOrOnlyTheRecoverableOnes() {
        assertEquals(FaultKind.values().length, FaultSpec.parse("all").entries().size());
        FaultSpec mixed = FaultSpec.parse("mixed");
        assertFalse(mixed.entries().containsKey(FaultKind.REDIRECT_LOOP));
        assertFalse(mixed.entries().containsKey(FaultKind.OVERSIZED));
        assertTrue(FaultSpec.parse("all,none").isEmpty());
        assertFalse(FaultSpec.parse("all,trap:0").entries().containsKey(FaultKind.PAGINATION_TRAP));
    }

    @Test
    void anUnknownKindIsNamedWithTheValidKinds() {
        CivcredException e = assertThrows(CivcredException.class, () -> FaultSpec.parse("5xx:0.1,explode:0.2"));
        assertTrue(e.getMessage().contains("'explode'"), e.getMessage());
        assertTrue(e.getMessage().contains("redirect-loop"), e.getMessage());
    }

    @Test
    void aRateOutsideZeroToOneOrAnUnknownParameterIsRefused() {
        CivcredException rate = assertThrows(CivcredException.class, () -> FaultSpec.parse("5xx:1.5"));
        assertTrue(rate.getMessage().contains("1.5"), rate.getMessage());
        CivcredException param = assertThrows(CivcredException.class, () -> FaultSpec.parse("timeout:0.1:wait=3"));
        assertTrue(param.getMessage().contains("'wait'"), param.getMessage());
        assertThrows(CivcredException.class, () -> FaultSpec.parse("slow:n=2"));
        assertThrows(CivcredException.class, () -> FaultSpec.parse("oversized:bytes=lots"));
    }

    @Test
    void theSameSeedHitsTheSameRequests() {
        FaultSpec spec = FaultSpec.parse("5xx:0.3");
        FaultPlan a = new FaultPlan(spec, 5);
        FaultPlan b = new FaultPlan(spec, 5);
        FaultPlan other = new FaultPlan(spec, 6);
        int same = 0;
        int differs = 0;
        for (int i = 0; i < 200; i++) {
            String key = "GET http://www.wenming.cn/a/" + i + ".shtml";
            assertEquals(a.pageFault(key).isPresent(), b.pageFault(key).isPresent(), key);
            same += a.pageFault(key).isPresent() ? 1 : 0;
            differs += a.pageFault(key).isPresent() != other.pageFault(key).isPresent() ? 1 : 0;
        }
        assertTrue(same > 30 && same < 90, "about 30 % should be hit, got " + same);
        assertTrue(differs > 0, "another seed hits other requests");
    }
}
