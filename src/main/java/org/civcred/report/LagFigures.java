package org.civcred.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Republication lags from overlap_articles: for each member that was not published first, its
 * lag_days, binned, per family that published first.
 *
 * @param republished non-first members
 * @param undated     non-first members without lag_days
 * @param clusters    clusters (distinct cluster_id)
 * @param bins        per first_family ("civilization", then "credit"), one count per {@link #BINS} entry
 */
public record LagFigures(long republished, long undated, long clusters, Map<String, List<Long>> bins) {

    /** Bin labels; the bounds below are their inclusive upper ends in days. */
    public static final List<String> BINS = List.of("same day", "1–7", "8–30", "31–90", "91–365", "over 365");
    private static final int[] UPPER = {0, 7, 30, 90, 365, Integer.MAX_VALUE};

    public static LagFigures of(Dataset<Row> articles) {
        Dataset<Row> copies = articles.where(functions.not(functions.col("is_first")))
                .select("first_family", "lag_days").cache();
        try {
            long clusters = articles.select("cluster_id").distinct().count();
            Map<String, long[]> counts = new LinkedHashMap<>();
            counts.put("civilization", new long[BINS.size()]);
            counts.put("credit", new long[BINS.size()]);
            long undated = 0;
            long republished = 0;
            for (Row r : copies.groupBy("first_family", "lag_days").count().collectAsList()) {
                long n = r.getLong(2);
                republished += n;
                if (r.isNullAt(1)) {
                    undated += n;
                    continue;
                }
                counts.computeIfAbsent(r.getString(0), f -> new long[BINS.size()])[binOf(r.getInt(1))] += n;
            }
            Map<String, List<Long>> bins = new LinkedHashMap<>();
            counts.forEach((family, c) -> bins.put(family, Arrays.stream(c).boxed().toList()));
            return new LagFigures(republished, undated, clusters, bins);
        } finally {
            copies.unpersist();
        }
    }

    static int binOf(int lagDays) {
        int days = Math.max(0, lagDays);
        for (int i = 0; i < UPPER.length; i++) {
            if (days <= UPPER[i]) {
                return i;
            }
        }
        return UPPER.length - 1;
    }
}
