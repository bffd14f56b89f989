package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;

/** The panels' arithmetic on hand-made rows, without tables or sockets. */
class PanelsTest {

    private static Map<String, Object> person(String name, String region, String civ, String credit, String category) {
        Map<String, Object> p = new HashMap<>();
        p.put("pair_id", name);
        p.put("name", name);
        p.put("region_code", region);
        p.put("first_date_civ", civ == null ? null : LocalDate.parse(civ));
        p.put("first_date_credit", credit == null ? null : LocalDate.parse(credit));
        p.put("categories_civ", List.of(category));
        p.put("categories_credit", List.of());
        p.put("probability", 0.99);
        return p;
    }

    @Test
    void aPersonsMonthIsWhenTheLaterSideFirstPublishedThem() {
        assertEquals("2019-07", PersonsPanel.overlapMonth(person("a", "120101", "2019-07-02", "2019-03-01", "x")));
        assertEquals("2019-03", PersonsPanel.overlapMonth(person("a", "120101", null, "2019-03-01", "x")));
        assertEquals(null, PersonsPanel.overlapMonth(person("a", "120101", null, null, "x")));
    }

    @Test
    void filtersCombineOnProvinceMonthAndCategory() {
        List<Map<String, Object>> rows = List.of(
                person("津一", "120101", "2019-05-01", "2019-05-20", "助人为乐"),
                person("津二", "120000", "2019-05-01", "2019-06-20", "见义勇为"),
                person("豫一", "411330", "2019-05-01", "2019-05-02", "助人为乐"));
        RegionLabels labels = new RegionLabels();
        assertEquals(2, PersonsPanel.build(rows, Filters.parse("province=120000"), labels, null).get("total"));
        assertEquals(2, PersonsPanel.build(rows, Filters.parse("month=2019-05"), labels, null).get("total"));
        assertEquals(1, PersonsPanel.build(rows, Filters.parse("province=12&category=%E5%8A%A9%E4%BA%BA%E4%B8%BA%E4%B9%90"),
                labels, null).get("total"));
        assertEquals(3, PersonsPanel.build(rows, Filters.parse("province=&month="), labels, null).get("total"));
    }

    @Test
    void personsPerProvinceAreNamedAndLargestFirst() {
        List<Map<String, Object>> rows = List.of(person("a", "120101", null, null, "x"),
                person("b", "411330", null, null, "x"), person("c", "411300", null, null, "x"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> provinces = (List<Map<String, Object>>) PersonsPanel
                .build(rows, Filters.NONE, new RegionLabels(), null).get("perProvince");
        assertEquals("河南省", provinces.get(0).get("label"));
        assertEquals(2, provinces.get(0).get("count"));
        assertEquals("天津市", provinces.get(1).get("label"));
    }

    @Test
    void republicationLagsFallIntoDayBucketsAndFirstPublicationsAreLeftOut() {
        List<Map<String, Object>> rows = List.of(article(true, 0), article(false, 0), article(false, 7),
                article(false, 8), article(false, 400));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> histogram = (List<Map<String, Object>>) ActivityPanels.articles(rows, Filters.NONE)
                .get("lagHistogram");
        assertEquals(List.of(1, 1, 1, 0, 0, 1), histogram.stream().map(b -> b.get("count")).toList());
        assertEquals(List.of("same day", "1–7 d", "8–30 d", "31–90 d", "91–365 d", "≥ 366 d"),
                histogram.stream().map(b -> b.get("label")).toList());
    }

    @Test
    void malformedFiltersAreRejectedWithTheirFix() {
        assertEquals("Filter month='2019/05' is not a month. Give it as YYYY-MM",
                assertThrows(CivcredException.class, () -> Filters.parse("month=2019%2F05")).getMessage());
        assertThrows(CivcredException.class, () -> Filters.parse("province=tianjin"));
    }

    @Test
    void captureIdsTravelInPathsWithoutTheirAngleBrackets() {
        String path = CaptureIds.toPath("<urn:uuid:5f1e>");
        assertEquals("urn%3Auuid%3A5f1e", path);
        assertEquals(List.of("urn:uuid:5f1e", "<urn:uuid:5f1e>"), List.of(CaptureIds.fromPath(path)));
    }

    @Test
    void everyCaptureIsASourceBesideItsUrlAndUrlsWithoutOneFollow() {
        List<Map<String, String>> links = Sources.pair(List.of("http://a/1", "http://a/2", "http://a/3"),
                List.of("<urn:uuid:2>", "<urn:uuid:1>", "<urn:uuid:9>"),
                Map.of("<urn:uuid:1>", "http://a/1", "<urn:uuid:2>", "http://a/2", "<urn:uuid:9>", "http://b/9"));
        assertEquals(List.of(
                Sources.link("http://a/1", "<urn:uuid:1>"), Sources.link("http://a/2", "<urn:uuid:2>"),
                Sources.link("http://b/9", "<urn:uuid:9>"), Sources.link("http://a/3", null)), links);
    }

    private static Map<String, Object> article(boolean first, int lag) {
        Map<String, Object> a = new HashMap<>();
        a.put("cluster_id", "c");
        a.put("is_first", first);
        a.put("lag_days", lag);
        a.put("first_date", LocalDate.parse("2020-01-01"));
        return a;
    }
}
