package org.civcred.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void monthsWithoutRowsBetweenTheFirstAndLastAppearAsZero() {
        Map<String, Map<YearMonth, Long>> counts = new LinkedHashMap<>();
        counts.put("a", Map.of(YearMonth.of(2019, 11), 2L, YearMonth.of(2020, 2), 1L));
        counts.put("b", Map.of(YearMonth.of(2020, 1), 4L));
        Timeline t = Timeline.of(counts);
        assertEquals("month", t.unit());
        assertEquals(List.of("2019-11", "2019-12", "2020-01", "2020-02"), t.categories());
        assertEquals(List.of(2L, 0L, 0L, 1L), t.series().get("a"));
        assertEquals(List.of(0L, 0L, 4L, 0L), t.series().get("b"));
        assertEquals(7, t.total());
    }

    @Test
    void aSpanLongerThanThreeYearsIsCountedPerYear() {
        Map<String, Map<YearMonth, Long>> counts = Map.of("a",
                Map.of(YearMonth.of(2015, 3), 1L, YearMonth.of(2015, 9), 2L, YearMonth.of(2019, 1), 5L));
        Timeline t = Timeline.of(counts);
        assertEquals("year", t.unit());
        assertEquals(List.of("2015", "2016", "2017", "2018", "2019"), t.categories());
        assertEquals(List.of(3L, 0L, 0L, 0L, 5L), t.series().get("a"));
    }

    @Test
    void noCountsGiveAnEmptyTimeline() {
        assertTrue(Timeline.of(Map.of("a", Map.of())).isEmpty());
    }
}
