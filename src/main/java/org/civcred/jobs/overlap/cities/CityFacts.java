package org.civcred.jobs.overlap.cities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.text.TextNormalizer;

/** The per-source pieces of {@link OverlapCitiesJob}, each a small transform over frames. */
final class CityFacts {

    private static final StructType TITLED = new StructType()
            .add("city_code", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("capture_id", DataTypes.StringType, true);

    private CityFacts() {
    }

    /** {@code city_code, year, capture_id} from civilization announcements of 全国文明城市 lists. */
    static Dataset<Row> civilizedYears(Dataset<Row> documents) {
        return documents.where(col("family").equalTo("civilization").and(col("title").contains("文明城市")))
                .select("title", "body_text", "published_date", "capture_id")
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    Date published = (Date) r.get(2);
                    List<Row> out = new ArrayList<>();
                    for (CivilizedCityLists.Titled t : CivilizedCityLists.read(r.getString(0), r.getString(1),
                            published == null ? null : published.toLocalDate())) {
                        out.add(RowFactory.create(t.cityCode(), t.year(), r.getString(3)));
                    }
                    return out.iterator();
                }, Encoders.row(TITLED));
    }

    /**
     * Credit-family red-list and black-list entries, without the detail-page repeats of list rows
     * (honour entries, such as a 好人 story republished in a credit column, list nobody):
     * {@code region_code, list_kind, org_is_government, capture_id}.
     */
    static Dataset<Row> countedEntries(Dataset<Row> listEntries, Dataset<Row> documents) {
        Dataset<Row> entries = listEntries
                .where(col("family").equalTo("credit").and(col("list_kind").isin("red", "black")))
                .join(documents.select("doc_id", "page_type"), new String[] {"doc_id"}, "left")
                .withColumn("name_key", coalesce(col("name_norm"), col("name_raw")))
                .withColumn("on_detail", coalesce(col("page_type").rlike("(?i)detail"), lit(false)));
        Dataset<Row> listed = entries.where(col("on_detail").equalTo(false));
        Dataset<Row> detailOnly = entries.where(col("on_detail"))
                .join(listed.select("site", "list_kind", "name_key").distinct(),
                        new String[] {"site", "list_kind", "name_key"}, "left_anti");
        return listed.select("region_code", "list_kind", "org_is_government", "capture_id")
                .union(detailOnly.select("region_code", "list_kind", "org_is_government", "capture_id"));
    }

    /** The official name of a city code, or null. */
    static UserDefinedFunction cityName() {
        return udf((UDF1<String, String>) code -> CityCodes.name(code).orElse(null), DataTypes.StringType);
    }

    /** {@code city_code, url, capture_id} for each document whose title or body names a city (its full name) of {@code cities}. */
    static Dataset<Row> namedIn(Dataset<Row> documents, Dataset<Row> cities) {
        UserDefinedFunction text = udf((UDF2<String, String, String>) (title, body) -> TextNormalizer.simplify(
                (title == null ? "" : title) + "\n" + (body == null ? "" : body)), DataTypes.StringType);
        return documents.select(col("url"), col("capture_id"), text.apply(col("title"), col("body_text")).as("text"))
                .crossJoin(broadcast(cities.select("city_code", "city_name")))
                .where(instr(col("text"), col("city_name")).gt(0))
                .select("city_code", "url", "capture_id");
    }
}
