package org.civcred.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.report.Section.Chart;
import org.civcred.report.Section.Figure;
import org.civcred.report.TermFigures.SharedTerm;

/** The terms both families use and how widely each uses them, from overlap_terms. */
final class TermsSection {

    static final String ID = "terms";
    private static final String TITLE = "Top shared terms";
    static final int TOP = 15;

    private TermsSection() {
    }

    static Section build(TermFigures f, BarChart bars, boolean cjk) {
        if (f.termsSeen() == 0) {
            return Section.empty(ID, TITLE, "overlap_terms");
        }
        List<Figure> figures = List.of(
                new Figure("terms-seen", "distinct terms", f.termsSeen()),
                new Figure("terms-shared", "terms used by both families", f.shared().size()),
                new Figure("terms-civ-docs", "civilization documents", f.civDocs()),
                new Figure("terms-credit-docs", "credit documents", f.creditDocs()));
        List<SharedTerm> top = f.top(TOP);
        if (top.isEmpty()) {
            return new Section(ID, TITLE, "overlap_terms", figures, List.of(),
                    "<p class=\"note\">No term is used by both families yet.</p>", false);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            labels.add(cjk ? top.get(i).term() : "T" + (i + 1));
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("civilization", top.stream().map(SharedTerm::civShare).toList());
        series.put("credit", top.stream().map(SharedTerm::creditShare).toList());
        ChartImage image = bars.draw("shared-terms.png", "Top " + top.size() + " terms used by both families",
                cjk ? "term" : "term (numbered; the terms are in the table below)", "share of the family's documents (%)",
                labels, series, "0%");
        String caption = "For each term found in both families' pages, the share of each family's documents containing"
                + " it (overlap_terms: sum of doc_count over sum of docs_in_cell per family), the " + top.size()
                + " most shared by the smaller of the two shares.";
        return new Section(ID, TITLE, "overlap_terms", figures, List.of(new Chart(image, caption)), table(top), false);
    }

    private static String table(List<SharedTerm> top) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            SharedTerm t = top.get(i);
            rows.add(List.of("T" + (i + 1), t.term(), t.group(), Html.percent(t.civShare()), Html.count(t.civDocs()),
                    Html.percent(t.creditShare()), Html.count(t.creditDocs())));
        }
        return Html.table("legend", List.of("#", "term", "group", "civilization share", "civilization docs",
                "credit share", "credit docs"), rows, null);
    }
}
