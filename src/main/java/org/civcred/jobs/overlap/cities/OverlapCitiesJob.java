package org.civcred.jobs.overlap.cities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.overlap.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per city, the two programmes side by side ({@code documents}, {@code list_entries},
 * {@code cross_mentions}, {@code overlap_persons} → {@code overlap_cities}).
 *
 * <p>Cities are those of {@link CityCodes} (prefectures, municipalities, counties and county-level
 * cities). A row exists for every city that any input places something in:
 * <ul>
 *   <li>civilized-city years, read from civilization announcements ({@link CivilizedCityLists});</li>
 *   <li>red and black entries: credit-family red-list and black-list entries whose region lies in
 *       the city (honour entries, such as republished 好人 stories, list nobody and are not counted).
 *       An entry read from a detail page is counted only when no list row of the same site, kind and
 *       name exists, because a detail page repeats a row of the list that links to it; government
 *       bodies among the black entries are counted apart;</li>
 *   <li>cross-mentions: distinct URLs of cross-mention documents whose text names the city (its full
 *       official name, as the ground truth counts them);</li>
 *   <li>overlapping persons: overlap_persons rows whose agreed region lies in the city.</li>
 * </ul>
 * The cross-mention documents are matched against the names of the cities found by a broadcast
 * cross join: both sides are small (documents that cross-mention, and at most a few thousand
 * cities). Rebuilt by MERGE with deletion of vanished rows.
 */
public final class OverlapCitiesJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(OverlapCitiesJob.class);

    @Override
    public String name() {
        return "overlap-cities";
    }

    @Override
    public List<String> inputs() {
        return List.of("documents", "list_entries", "cross_mentions", "overlap_persons");
    }

    @Override
    public List<String> outputs() {
        return List.of("overlap_cities");
    }

    @Override
    public JobResult run(JobContext context) {
        Dataset<Row> rows = rows(context.input("documents"), context.input("list_entries"),
                context.input("cross_mentions"), context.input("overlap_persons"),
                context.settings().integer(Sources.CAP_SETTING), context.runId());
        context.tables().merge("overlap_cities", rows, context.runId(), true);
        // Counted on the written table: a few thousand rows at most, and the transform is not run twice.
        Dataset<Row> written = context.tables().read("overlap_cities");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("cities", written.count());
        counts.put("civilized_cities", written.where(size(col("civilized_city_years")).gt(0)).count());
        LOG.info("overlap-cities: {} cities, {} with a civilized-city title", counts.get("cities"), counts.get("civilized_cities"));
        return new JobResult(name(), counts);
    }

    /**
     * The transform: rows in the columns of {@code schemas/overlap_cities.json}. Every source is
     * turned into facts of one shape (city, year, red, black, government body, mentioning URL,
     * person) and the facts are aggregated once per city.
     */
    public static Dataset<Row> rows(Dataset<Row> documents, Dataset<Row> listEntries, Dataset<Row> crossMentions,
                                    Dataset<Row> overlapPersons, int sourcesCap, String runId) {
        Column noYear = lit(null).cast("int");
        Column noUrl = lit(null).cast("string");
        Column zero = lit(0);
        Dataset<Row> titles = CityFacts.civilizedYears(documents)
                .select(col("city_code"), col("year"), zero.as("red"), zero.as("black"), zero.as("gov"), noUrl.as("url"),
                        zero.as("person"), col("capture_id"));
        Column black = col("list_kind").equalTo("black");
        Dataset<Row> listings = CityFacts.countedEntries(listEntries, documents)
                .select(explode(cities().apply(col("region_code"))).as("city_code"), noYear.as("year"),
                        when(black, 0).otherwise(1).as("red"), when(black, 1).otherwise(0).as("black"),
                        when(black.and(coalesce(col("org_is_government"), lit(false))), 1).otherwise(0).as("gov"),
                        noUrl.as("url"), zero.as("person"), col("capture_id"));
        Dataset<Row> persons = overlapPersons.select(explode(cities().apply(col("region_code"))).as("city_code"),
                noYear.as("year"), zero.as("red"), zero.as("black"), zero.as("gov"), noUrl.as("url"), lit(1).as("person"),
                concat(col("civ_capture_ids"), col("credit_capture_ids")).as("captures"));
        Dataset<Row> mentionDocs = crossMentions.select("doc_id").distinct()
                .join(documents.select("doc_id", "url", "title", "body_text", "region_code", "capture_id"), "doc_id");
        Dataset<Row> candidates = titles.select("city_code").union(listings.select("city_code"))
                .union(persons.select("city_code"))
                .union(mentionDocs.select(explode(cities().apply(col("region_code"))).as("city_code")))
                .distinct()
                .withColumn("city_name", CityFacts.cityName().apply(col("city_code")))
                .where(col("city_name").isNotNull());
        Dataset<Row> mentions = CityFacts.namedIn(mentionDocs, candidates)
                .select(col("city_code"), noYear.as("year"), zero.as("red"), zero.as("black"), zero.as("gov"), col("url"),
                        zero.as("person"), col("capture_id"));

        Dataset<Row> personFacts = persons.drop("captures").withColumn("capture_id", noUrl);
        Dataset<Row> facts = titles.union(listings).union(personFacts).union(mentions);
        // The facts are aggregated once; their capture ids come out of the same aggregation, so the
        // sources do not compute the facts a second time.
        Dataset<Row> perCity = facts
                .groupBy("city_code").agg(
                        array_sort(collect_set("year")).as("civilized_city_years"),
                        sum("red").cast("long").as("red_entries"),
                        sum("black").cast("long").as("black_entries"),
                        sum("gov").cast("long").as("gov_bodies_on_black_lists"),
                        countDistinct("url").as("cross_mentions"),
                        sum("person").cast("long").as("overlapping_persons"),
                        collect_set("capture_id").as("fact_captures"));
        Dataset<Row> evidence = perCity.select(col("city_code"), explode(col("fact_captures")).as("capture_id"))
                .union(persons.select(col("city_code"), explode(col("captures")).as("capture_id")));
        Dataset<Row> sources = Sources.of(evidence, List.of("city_code"), documents, sourcesCap);
        Dataset<Row> rows = perCity
                .withColumn("city_name", CityFacts.cityName().apply(col("city_code")))
                .where(col("city_name").isNotNull())
                .select(col("city_code"), col("city_name"),
                        concat(substring(col("city_code"), 1, 2), lit("0000")).as("province_code"),
                        col("civilized_city_years"), col("red_entries"), col("black_entries"),
                        col("gov_bodies_on_black_lists"), col("cross_mentions"), col("overlapping_persons"),
                        lit(runId).as("run_id"));
        return Sources.attach(rows, sources, List.of("city_code"));
    }

    private static UserDefinedFunction cities() {
        return udf((UDF1<String, List<String>>) CityCodes::of, DataTypes.createArrayType(DataTypes.StringType));
    }
}
