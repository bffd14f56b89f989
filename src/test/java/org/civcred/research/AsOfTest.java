package org.civcred.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

/** What researchers may type after --as-of and --as-of-version, and how a table's history answers it. */
class AsOfTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final TableHistory history = new TableHistory("overlap_persons", List.of(
            new TableHistory.Commit(0, T0, "run-a"),
            new TableHistory.Commit(1, T0.plusSeconds(60), "run-a"),
            new TableHistory.Commit(2, T0.plusSeconds(3600), "run-b"),
            new TableHistory.Commit(3, T0.plusSeconds(7200), null)));

    @Test
    void exactVersionsAreReadAsTableEqualsVersionPairs() {
        AsOf asOf = AsOf.parse(null, "overlap_persons=4, documents=v2");
        assertEquals(Map.of("overlap_persons", 4L, "documents", 2L), asOf.exact());
        assertTrue(asOf.point() == null && !asOf.isLatest());
    }

    @Test
    void aPairWithoutANumberIsExplained() {
        CivcredException e = assertThrows(CivcredException.class, () -> AsOf.parse(null, "overlap_persons=latest"));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("is not TABLE=VERSION"), e.getMessage());
    }

    @Test
    void aBareVersionIsRecognisedWithOrWithoutItsV() {
        assertEquals(OptionalLong.of(12), new AsOf("v12", Map.of()).bareVersion());
        assertEquals(OptionalLong.of(3), new AsOf("3", Map.of()).bareVersion());
        assertEquals(OptionalLong.empty(), new AsOf("run-20261122-200948", Map.of()).bareVersion());
        assertTrue(AsOf.parse("  ", null).isLatest());
    }

    @Test
    void timestampsWithoutAnOffsetAreUtcAndADateIsItsMidnight() {
        assertEquals(Optional.of(Instant.parse("2026-11-22T08:00:00Z")), PointInTime.parse("2026-11-22T08:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-11-22T00:00:00Z")), PointInTime.parse("2026-11-22T08:00:00+08:00"));
        assertEquals(Optional.of(Instant.parse("2026-11-22T08:00:00Z")), PointInTime.parse("2026-11-22 08:00:00"));
        assertEquals(Optional.of(Instant.parse("2026-11-22T00:00:00Z")), PointInTime.parse("2026-11-22"));
        assertEquals(Optional.empty(), PointInTime.parse("fixture-1"));
    }

    @Test
    void aTimestampPicksTheLatestVersionCommittedAtOrBeforeIt() {
        assertEquals(OptionalLong.of(1), history.atOrBefore(T0.plusSeconds(60)));
        assertEquals(OptionalLong.of(1), history.atOrBefore(T0.plusSeconds(3599)));
        assertEquals(OptionalLong.of(3), history.atOrBefore(T0.plusSeconds(99_999)));
        assertEquals(OptionalLong.empty(), history.atOrBefore(T0.minusSeconds(1)));
    }

    @Test
    void theLastCommitOfARunIsFoundByItsUserMetadata() {
        assertEquals(1, history.lastCommitOf("run-a").orElseThrow().version());
        assertEquals(Optional.empty(), history.lastCommitOf("run-z"));
        assertEquals("run-b", TableHistories.runIdOf("{\"run_id\":\"run-b\"}"));
        assertEquals(null, TableHistories.runIdOf("written by hand"));
    }

    @Test
    void theRangeNamesTheFirstAndLastVersion() {
        assertTrue(history.range().startsWith("versions 0–3 (2026-11-01T10:00:00Z"), history.range());
        assertTrue(history.has(2) && !history.has(4));
    }
}
