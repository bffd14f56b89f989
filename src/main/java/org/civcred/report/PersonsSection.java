package org.civcred.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.report.Section.Chart;
import org.civcred.report.Section.Figure;

/** Overlapping persons per month and per province, from overlap_persons. */
final class PersonsSection {

    static final String ID = "persons";
    private static final String TITLE = "Overlapping persons";

    private PersonsSection() {
    }

    static Section build(PersonFigures f, BarChart bars, Places places, boolean cjk) {
        if (f.total() == 0) {
            return Section.empty(ID, TITLE, "overlap_persons");
        }
        List<Figure> figures = List.of(
                new Figure("persons-total", "matched persons (rows of overlap_persons)", f.total()),
                new Figure("persons-no-civ-date", "without first_date_civ", f.civUndated()),
                new Figure("persons-no-credit-date", "without first_date_credit", f.creditUndated()),
                new Figure("persons-no-province", "without a known province", f.noProvince()));
        List<Chart> charts = new ArrayList<>();
        Timeline t = f.timeline();
        if (!t.isEmpty()) {
            charts.add(new Chart(bars.draw("persons-by-" + t.unit() + ".png", "Overlapping persons per " + t.unit(),
                    t.unit() + " of first listing (" + (t.unit().equals("month") ? "YYYY-MM" : "YYYY") + ")",
                    "persons", t.categories(), t.series(), "#,##0"),
                    "Persons found on both a civilization and a credit list, counted per " + t.unit()
                            + " of their first civilization-side date (overlap_persons.first_date_civ) and, separately,"
                            + " of their first credit-side date (first_date_credit); each person appears once in each"
                            + " series that has a date."));
        }
        if (!f.provinces().isEmpty()) {
            Map<String, List<Long>> series = new LinkedHashMap<>();
            series.put("persons", List.copyOf(f.provinces().values()));
            List<String> labels = f.provinces().keySet().stream().map(places::chartLabel).toList();
            charts.add(new Chart(bars.draw("persons-by-province.png", "Overlapping persons per province",
                    cjk ? "province" : "province (GB/T 2260 code; names in the table below)", "persons", labels, series,
                    "#,##0"),
                    "Persons found on both sides per province of the region both sides agree on"
                            + " (overlap_persons.region_code, mapped to its province); "
                            + Html.count(f.noProvince()) + " without a known region are left out."));
        }
        return new Section(ID, TITLE, "overlap_persons", figures, charts, provinceTable(f, places), false);
    }

    private static String provinceTable(PersonFigures f, Places places) {
        List<List<String>> rows = new ArrayList<>();
        f.provinces().forEach((code, n) -> rows.add(List.of(code, places.name(code), Html.count(n))));
        if (f.noProvince() > 0) {
            rows.add(List.of("", "unknown region", Html.count(f.noProvince())));
        }
        return Html.table("legend", List.of("province code", "province", "persons"), rows, null);
    }
}
