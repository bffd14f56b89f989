package org.civcred.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

class AsOfTest {

    @Test
    void nothingMeansTheLatestVersions() {
        assertTrue(AsOf.parse(null).isLatest());
        assertTrue(AsOf.parse(" ").isLatest());
    }

    @Test
    void oneNumberAppliesToEveryTable() {
        AsOf asOf = AsOf.parse("3");
        assertEquals(OptionalLong.of(3), asOf.versionOf("overlap_persons"));
        assertEquals(OptionalLong.of(3), asOf.versionOf("overlap_cities"));
    }

    @Test
    void pairsPinTheirTablesAndLeaveTheOthersAtTheLatest() {
        AsOf asOf = AsOf.parse("overlap_persons=3, overlap_terms=1");
        assertEquals(OptionalLong.of(3), asOf.versionOf("overlap_persons"));
        assertEquals(OptionalLong.of(1), asOf.versionOf("overlap_terms"));
        assertEquals(OptionalLong.empty(), asOf.versionOf("cross_mentions"));
    }

    @Test
    void aDateMeansTheEndOfThatDayInUtc() {
        assertEquals(Instant.parse("2026-11-22T23:59:59.999Z"), AsOf.parse("2026-11-22").time().orElseThrow());
        assertEquals(Instant.parse("2026-11-22T20:15:00Z"), AsOf.parse("2026-11-22T20:15:00Z").time().orElseThrow());
    }

    @Test
    void aPairNamingNoGoldTableIsExplained() {
        CivcredException e = assertThrows(CivcredException.class, () -> AsOf.parse("documents=2"));
        assertTrue(e.getMessage().contains("is not TABLE=VERSION") && e.getMessage().contains("overlap_persons"));
        assertEquals(2, e.exitCode());
    }

    @Test
    void somethingElseEntirelyIsExplained() {
        CivcredException e = assertThrows(CivcredException.class, () -> AsOf.parse("yesterday"));
        assertTrue(e.getMessage().contains("--as-of 'yesterday'"), e.getMessage());
    }
}
