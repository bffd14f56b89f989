package org.civcred.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.report.TermFigures.SharedTerm;
import org.junit.jupiter.api.Test;

/** Without a font that draws Chinese, charts carry codes and numbers while the HTML keeps the names. */
class FallbackLabelsTest {

    private static final ChartFont LATIN = new ChartFont("DejaVu Sans", false);

    @Test
    void provincesAreLabelledByCodeInChartsAndByNameInHtml() {
        Places places = new Places(false);
        assertEquals("120000", places.chartLabel("120000"));
        assertEquals("天津市", places.name("120000"));
        assertEquals("天津", new Places(true).chartLabel("120000"));
    }

    @Test
    void termsAreNumberedInTheChartAndNamedInTheTableBelowIt() {
        System.setProperty("java.awt.headless", "true");
        TermFigures figures = new TermFigures(100, 200, 3, List.of(
                new SharedTerm("诚信", "core-values", 50, 40, 0.5, 0.2),
                new SharedTerm("文明", "core-values", 10, 30, 0.1, 0.15)));
        Section s = TermsSection.build(figures, new BarChart(LATIN), false);
        assertEquals(1, s.charts().size());
        assertTrue(s.html().contains("<td>T1</td><td>诚信</td>"), s.html());
        assertTrue(s.html().contains("<td>T2</td><td>文明</td>"), s.html());
    }

    @Test
    void aPersonsSectionWithoutDatesStillShowsItsProvinces() {
        System.setProperty("java.awt.headless", "true");
        Map<String, Long> provinces = new LinkedHashMap<>();
        provinces.put("410000", 2L);
        PersonFigures f = new PersonFigures(3, Map.<YearMonth, Long>of(), Map.of(), 3, 3, provinces, 1);
        Section s = PersonsSection.build(f, new BarChart(LATIN), new Places(false), false);
        assertEquals(List.of("persons-by-province.png"), s.charts().stream().map(c -> c.image().file()).toList());
        assertTrue(s.html().contains("<td>410000</td><td>河南省</td><td>2</td>"), s.html());
        assertTrue(s.html().contains("unknown region"));
    }
}
