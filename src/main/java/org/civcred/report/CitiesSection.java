package org.civcred.report;

import java.util.List;
import java.util.stream.Collectors;
import org.civcred.report.Section.Figure;

/** The overlap_cities table as it stands, with province names. */
final class CitiesSection {

    static final String ID = "cities";
    private static final String TITLE = "Cities";

    private CitiesSection() {
    }

    static Section build(List<CityRow> cities, Places places) {
        if (cities.isEmpty()) {
            return Section.empty(ID, TITLE, "overlap_cities");
        }
        List<Figure> figures = List.of(
                new Figure("cities-total", "cities (rows of overlap_cities)", cities.size()),
                new Figure("cities-civilized", "named 全国文明城市 at least once",
                        cities.stream().filter(c -> !c.civilizedYears().isEmpty()).count()),
                // Not a sum of overlapping_persons: a county's persons count for its prefecture too.
                new Figure("cities-with-persons", "with an overlapping person",
                        cities.stream().filter(c -> c.overlappingPersons() > 0).count()));
        List<List<String>> rows = cities.stream().map(c -> List.of(c.code(), c.name(),
                places.name(c.provinceCode()),
                c.civilizedYears().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                Html.count(c.red()), Html.count(c.black()), Html.count(c.govBodiesOnBlack()),
                Html.count(c.crossMentions()), Html.count(c.overlappingPersons()))).toList();
        String html = "<p class=\"caption\">Every row of overlap_cities, most overlapping persons first; the province"
                + " is named from province_code.</p>\n"
                + Html.table("cities", List.of("code", "city", "province", "全国文明城市 years", "red-list and honour entries",
                        "black-list entries", "government bodies on black lists", "cross-mention documents",
                        "overlapping persons"), rows, cities.stream().map(CityRow::code).toList());
        return new Section(ID, TITLE, "overlap_cities", figures, List.of(), html, false);
    }
}
