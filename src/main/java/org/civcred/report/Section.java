package org.civcred.report;

import java.util.List;

/**
 * One section of the report: its figures, charts and tables, or a "no rows yet" note when the table
 * behind it is empty.
 *
 * @param id      HTML id (also the anchor in the contents)
 * @param source  the table the section reads
 * @param figures the counts stated in the section
 * @param charts  charts with their captions, in order
 * @param html    further HTML (legends, tables), already escaped
 * @param noRows  whether the source table had no rows to show
 */
public record Section(String id, String title, String source, List<Figure> figures, List<Chart> charts, String html,
                      boolean noRows) {

    /**
     * A stated count.
     *
     * @param key   stable machine name, written as {@code data-figure}
     * @param label what is counted
     */
    public record Figure(String key, String label, long value) {
    }

    /** A chart and its one-sentence caption. */
    public record Chart(ChartImage image, String caption) {
    }

    static Section empty(String id, String title, String source) {
        return new Section(id, title, source, List.of(new Figure(id + "-rows", "rows in " + source, 0)), List.of(), "",
                true);
    }
}
