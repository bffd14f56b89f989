package org.civcred.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Cross-mentions per month of published_date, by direction: credit pages naming the civilization
 * program, and civilization pages naming the credit program.
 *
 * @param total      rows of cross_mentions (one per document and matched phrase)
 * @param documents  distinct documents among them
 * @param undated    rows without published_date
 * @param months     direction label → month → rows
 */
public record MentionFigures(long total, long documents, long undated, Map<String, Map<YearMonth, Long>> months) {

    static final String CREDIT_NAMING_CIV = "credit pages naming the civilization program";
    static final String CIV_NAMING_CREDIT = "civilization pages naming the credit program";

    public static MentionFigures of(Dataset<Row> mentions) {
        Dataset<Row> rows = mentions.select("doc_id", "family", "mentions_program", "published_date").cache();
        try {
            Map<String, Map<YearMonth, Long>> months = new LinkedHashMap<>();
            months.put(CIV_NAMING_CREDIT, Counts.perMonth(direction(rows, "civilization", "credit"), "published_date"));
            months.put(CREDIT_NAMING_CIV, Counts.perMonth(direction(rows, "credit", "civilization"), "published_date"));
            return new MentionFigures(rows.count(), rows.select("doc_id").distinct().count(),
                    Counts.nulls(rows, "published_date"), months);
        } finally {
            rows.unpersist();
        }
    }

    public Timeline timeline() {
        return Timeline.of(months);
    }

    private static Dataset<Row> direction(Dataset<Row> rows, String family, String program) {
        return rows.where(functions.col("family").equalTo(family).and(functions.col("mentions_program").equalTo(program)));
    }
}
