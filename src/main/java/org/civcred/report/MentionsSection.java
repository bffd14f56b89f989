package org.civcred.report;

import java.util.List;
import org.civcred.report.Section.Chart;
import org.civcred.report.Section.Figure;

/** Pages of one family naming the other program, over time, from cross_mentions. */
final class MentionsSection {

    static final String ID = "mentions";
    private static final String TITLE = "Cross-mentions over time";

    private MentionsSection() {
    }

    static Section build(MentionFigures f, BarChart bars) {
        if (f.total() == 0) {
            return Section.empty(ID, TITLE, "cross_mentions");
        }
        List<Figure> figures = List.of(
                new Figure("mentions-total", "mentions (rows of cross_mentions: document × phrase)", f.total()),
                new Figure("mentions-documents", "documents", f.documents()),
                new Figure("mentions-undated", "mentions without published_date", f.undated()));
        Timeline t = f.timeline();
        List<Chart> charts = t.isEmpty() ? List.of() : List.of(new Chart(
                bars.draw("cross-mentions-by-" + t.unit() + ".png", "Cross-mentions per " + t.unit(),
                        t.unit() + " of publication (" + (t.unit().equals("month") ? "YYYY-MM" : "YYYY") + ")",
                        "mentions (document × phrase)", t.categories(), t.series(), "#,##0"),
                "Mentions of the other program per " + t.unit() + " of the page's publication"
                        + " (cross_mentions.published_date), by direction (family naming mentions_program);"
                        + " undated pages are left out."));
        return new Section(ID, TITLE, "cross_mentions", figures, charts, "", false);
    }
}
