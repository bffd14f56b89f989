package org.civcred.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DateNormalizerTest {

    static Stream<GoldenTable.Row> golden() {
        return GoldenTable.read("/text/dates.tsv", 4).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void parseAndFindAllMatchTheGoldenTable(GoldenTable.Row row) {
        String first = DateNormalizer.parse(row.get(0)).map(PartialDate::toIso).orElse("");
        assertEquals(row.get(1), first, "parse, " + row);
        String all = DateNormalizer.findAll(row.get(0)).stream().map(PartialDate::toIso).collect(Collectors.joining(","));
        assertEquals(row.get(2), all, "findAll, " + row);
    }

    @Test
    void precisionFollowsWhatTheTextStates() {
        assertEquals(PartialDate.Precision.YEAR, DateNormalizer.parse("2018年度").orElseThrow().precision());
        assertEquals(PartialDate.Precision.MONTH, DateNormalizer.parse("1962年3月生").orElseThrow().precision());
        assertEquals(PartialDate.Precision.DAY, DateNormalizer.parse("2018/1/31").orElseThrow().precision());
    }

    @Test
    void partialDatesRefuseImpossibleParts() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2018, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2018, null, 3));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(1899, 1, 1));
        assertTrue(PartialDate.of(2018, 13, null).isEmpty());
    }

    @Test
    void partialDatesSortByFirstDayThenByPrecision() {
        List<PartialDate> sorted = Stream.of(new PartialDate(2018, 1, 31), new PartialDate(2018, null, null),
                new PartialDate(2018, 1, null), new PartialDate(2017, 12, 31)).sorted().toList();
        assertEquals("2017-12-31,2018,2018-01,2018-01-31",
                sorted.stream().map(PartialDate::toIso).collect(Collectors.joining(",")));
    }

    @Test
    void firstDayOfAMonthDateIsTheFirstOfThatMonth() {
        assertEquals("2018-01-01", new PartialDate(2018, 1, null).firstDay().toString());
    }

    @Test
    void everyGoldenDateRoundTripsThroughIso() {
        golden().map(row -> row.get(2)).filter(s -> !s.isEmpty())
                .flatMap(s -> Arrays.stream(s.split(",")))
                .forEach(iso -> assertEquals(iso, DateNormalizer.parse(iso).orElseThrow().toIso()));
    }
}
