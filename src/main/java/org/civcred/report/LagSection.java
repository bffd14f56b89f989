package org.civcred.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.report.Section.Chart;
import org.civcred.report.Section.Figure;

/** How long after the first publication an article reappears in the other family, from overlap_articles. */
final class LagSection {

    static final String ID = "lags";
    private static final String TITLE = "Republication lag";

    private LagSection() {
    }

    static Section build(LagFigures f, BarChart bars) {
        if (f.republished() == 0) {
            return Section.empty(ID, TITLE, "overlap_articles");
        }
        List<Figure> figures = List.of(
                new Figure("article-clusters", "clusters spanning both families", f.clusters()),
                new Figure("article-copies", "republished copies (members not published first)", f.republished()),
                new Figure("article-copies-undated", "copies without lag_days", f.undated()));
        Map<String, List<Long>> series = new LinkedHashMap<>();
        f.bins().forEach((family, counts) -> series.put("first published on a " + family + " site", counts));
        ChartImage image = bars.draw("republication-lag.png", "Republication lag after the first publication",
                "days after the first publication in the cluster", "republished copies (articles)", LagFigures.BINS,
                series, "#,##0");
        String caption = "Republished copies of an article per lag (overlap_articles.lag_days of members with"
                + " is_first = false), split by the family that published the article first (first_family);"
                + " copies without a date are left out.";
        return new Section(ID, TITLE, "overlap_articles", figures, List.of(new Chart(image, caption)), "", false);
    }
}
