package org.civcred.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.text.RegionNormalizer;

/**
 * What overlap_persons says per month and per province.
 *
 * @param total         rows of overlap_persons (one per matched pair)
 * @param civMonths     pairs per month of first_date_civ
 * @param creditMonths  pairs per month of first_date_credit
 * @param civUndated    pairs without first_date_civ
 * @param creditUndated pairs without first_date_credit
 * @param provinces     pairs per province code of region_code, largest first
 * @param noProvince    pairs whose region_code is null or not a known division
 */
public record PersonFigures(long total, Map<YearMonth, Long> civMonths, Map<YearMonth, Long> creditMonths,
                            long civUndated, long creditUndated, Map<String, Long> provinces, long noProvince) {

    public static PersonFigures of(Dataset<Row> persons) {
        Dataset<Row> rows = persons.select("region_code", "first_date_civ", "first_date_credit").cache();
        try {
            long total = rows.count();
            Map<String, Long> provinces = new LinkedHashMap<>();
            long noProvince = 0;
            RegionNormalizer regions = RegionNormalizer.standard();
            for (Map.Entry<String, Long> e : Counts.perValue(rows, "region_code").entrySet()) {
                String province = e.getKey() == null ? null : regions.provinceOf(e.getKey()).orElse(null);
                if (province == null) {
                    noProvince += e.getValue();
                } else {
                    provinces.merge(province, e.getValue(), Long::sum);
                }
            }
            return new PersonFigures(total, Counts.perMonth(rows, "first_date_civ"),
                    Counts.perMonth(rows, "first_date_credit"), Counts.nulls(rows, "first_date_civ"),
                    Counts.nulls(rows, "first_date_credit"), sortedDescending(provinces), noProvince);
        } finally {
            rows.unpersist();
        }
    }

    /** Both date series on one axis. */
    public Timeline timeline() {
        Map<String, Map<YearMonth, Long>> series = new LinkedHashMap<>();
        series.put("first listed on a civilization site (first_date_civ)", civMonths);
        series.put("first listed on a credit site (first_date_credit)", creditMonths);
        return Timeline.of(series);
    }

    static Map<String, Long> sortedDescending(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
