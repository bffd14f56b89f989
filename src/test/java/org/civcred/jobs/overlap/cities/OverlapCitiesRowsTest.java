package org.civcred.jobs.overlap.cities;

import static org.civcred.jobs.overlap.TinyDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.overlap.SchemaRows;
import org.civcred.jobs.overlap.TinyDocuments;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** The overlap_cities transform on in-memory frames. */
class OverlapCitiesRowsTest {

    private static Row entry(String id, String doc, String kind, String name, String region, Boolean government) {
        return SchemaRows.row("list_entries", Map.ofEntries(Map.entry("entry_id", id), Map.entry("doc_id", doc),
                Map.entry("capture_id", "urn:uuid:" + doc), Map.entry("site", "credit-site"), Map.entry("family", "credit"),
                Map.entry("name_raw", name), Map.entry("name_norm", name), Map.entry("list_kind", kind),
                Map.entry("region_code", region), Map.entry("subject_type", government == null ? "person" : "org"),
                Map.entry("org_is_government", government == null ? false : government)));
    }

    /** Computed once for the class: the tests only read it. */
    private static final class Computed {
        static final Map<String, Row> ROWS = compute();
    }

    private static Map<String, Row> rows() {
        return Computed.ROWS;
    }

    private static Row person(String pairId, String regionCode) {
        return SchemaRows.row("overlap_persons", Map.of("pair_id", pairId, "region_code", regionCode,
                "civ_capture_ids", List.of("urn:uuid:announce"), "credit_capture_ids", List.of("urn:uuid:list"),
                "civ_urls", List.of("http://civ.example/a"), "credit_urls", List.of("http://credit.example/list")));
    }

    private static Map<String, Row> compute() {
        SparkSession spark = SharedSpark.get();
        List<Row> docs = List.of(
                doc("announce", "civilization", "article", "关于表彰第六届全国文明城市的决定", "一、名单\n南阳市、桐柏县", "2020-11-20", null),
                doc("list", "credit", "list", "红黑榜", null, "2019-01-01", null),
                doc("detail-1", "credit", "detail", "详情", "姓名 张三", "2019-01-01", null),
                doc("detail-2", "credit", "detail", "详情", "姓名 李四", "2019-01-01", null),
                doc("news", "credit", "article", "桐柏县迎接全国文明城市测评", "南阳市桐柏县开展信用检查。", "2019-09-10", "411330"));
        List<Row> entries = List.of(
                entry("e1", "list", "red", "张三", "411330", null),
                entry("e2", "detail-1", "red", "张三", "411330", null),
                entry("e3", "detail-2", "red", "李四", "411302", null),
                entry("e4", "list", "black", "桐柏县住房和城乡建设局", "411330", true),
                entry("e5", "list", "black", "某公司", "411330", false),
                entry("e6", "list", "red", "王五", "120101", null),
                entry("e7", "news", "honour", "赵六", "411330", null));
        List<Row> mentions = List.of(SchemaRows.row("cross_mentions", Map.of("mention_id", "news|全国文明城市",
                "doc_id", "news", "url", "http://credit.example/news", "family", "credit", "phrase", "全国文明城市")));
        List<Row> persons = List.of(person("p1", "411330"), person("p2", "411303"));
        return OverlapCitiesJob.rows(TinyDocuments.frame(spark, docs), SchemaRows.frame(spark, "list_entries", entries),
                        SchemaRows.frame(spark, "cross_mentions", mentions), SchemaRows.frame(spark, "overlap_persons", persons),
                        100, "run-1")
                .collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("city_code"), Function.identity()));
    }

    @Test
    void aCountyAndItsPrefectureEachGetTheirTitlesListingsMentionsAndPersons() {
        Map<String, Row> rows = rows();
        Row tongbai = rows.get("411330");
        assertEquals("桐柏县", tongbai.getAs("city_name"));
        assertEquals("410000", tongbai.getAs("province_code"));
        assertEquals(List.of(2020), tongbai.getList(tongbai.fieldIndex("civilized_city_years")));
        assertEquals(1L, tongbai.<Long>getAs("red_entries"),
                "the detail page repeats the list row of 张三, and a republished story (honour) lists nobody");
        assertEquals(2L, tongbai.<Long>getAs("black_entries"));
        assertEquals(1L, tongbai.<Long>getAs("gov_bodies_on_black_lists"));
        assertEquals(1L, tongbai.<Long>getAs("cross_mentions"));
        assertEquals(1L, tongbai.<Long>getAs("overlapping_persons"));

        Row nanyang = rows.get("411300");
        assertEquals(2L, nanyang.<Long>getAs("red_entries"), "张三 once, and 李四 seen only on a detail page");
        assertEquals(2L, nanyang.<Long>getAs("black_entries"));
        assertEquals(1L, nanyang.<Long>getAs("cross_mentions"));
        assertEquals(2L, nanyang.<Long>getAs("overlapping_persons"));
    }

    @Test
    void honourEntriesOnCreditSitesCountAsRedAndDistrictsAreNoCities() {
        Map<String, Row> rows = rows();
        assertEquals(1L, rows.get("120000").<Long>getAs("red_entries"));
        assertEquals(List.of(), rows.get("120000").getList(rows.get("120000").fieldIndex("civilized_city_years")));
        assertEquals(null, rows.get("411302"));
        assertEquals(null, rows.get("120101"));
    }
}
