package org.civcred.report;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * One row of overlap_cities as the report shows it.
 *
 * @param civilizedYears years named 全国文明城市, ascending (empty when none)
 */
public record CityRow(String code, String name, String provinceCode, List<Integer> civilizedYears, long red,
                      long black, long govBodiesOnBlack, long crossMentions, long overlappingPersons) {

    /** Every row, most overlapping persons first, then most credit entries, then by code. */
    public static List<CityRow> of(Dataset<Row> cities) {
        return cities.select("city_code", "city_name", "province_code", "civilized_city_years", "red_entries",
                        "black_entries", "gov_bodies_on_black_lists", "cross_mentions", "overlapping_persons")
                .orderBy(functions.col("overlapping_persons").desc(),
                        functions.col("red_entries").plus(functions.col("black_entries")).desc(),
                        functions.col("city_code"))
                .collectAsList().stream().map(CityRow::from).toList();
    }

    private static CityRow from(Row r) {
        List<Integer> years = r.isNullAt(3) ? List.of() : r.<Integer>getList(3).stream().sorted().toList();
        return new CityRow(r.getString(0), r.getString(1), r.getString(2), years, r.getLong(4), r.getLong(5),
                r.getLong(6), r.getLong(7), r.getLong(8));
    }
}
