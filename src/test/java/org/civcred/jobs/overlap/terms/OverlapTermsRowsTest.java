package org.civcred.jobs.overlap.terms;

import static org.civcred.jobs.overlap.TinyDocuments.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.civcred.config.Settings;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.overlap.TinyDocuments;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** The overlap_terms transform on in-memory frames. */
class OverlapTermsRowsTest {

    private final String skip = DedupeSettings.from(Settings.defaults()).skipPageTypes();

    @Test
    void documentsAreCountedOncePerTermInTheirFamilyMonthAndProvinceCell() {
        List<Row> docs = List.of(
                doc("a", "credit", "article", "信用修复指南", "企业信用修复，信用修复流程。", "2019-03-02", "411330"),
                doc("b", "credit", "article", "守信激励", "落实守信激励与信用修复。", "2019-03-20", "411300"),
                doc("c", "credit", "article", "通知", "无关内容。", "2019-03-28", "410000"),
                doc("d", "credit", "article", "全国", "信用修复在全国推开。", "2019-03-05", null),
                doc("e", "credit", "article", "下月", "信用修复。", "2019-04-01", "411300"),
                doc("f", "credit", "list", "信用修复列表", "信用修复。", "2019-03-01", "411300"),
                doc("g", "credit", "article", "无日期", "信用修复。", null, "411300"),
                doc("h", "civilization", "article", "文明交通", "不闯红灯。", "2019-03-09", "411300"));
        Map<String, Row> byKey = new TreeMap<>();
        for (Row r : OverlapTermsJob.rows(TinyDocuments.frame(SharedSpark.get(), docs), skip, Vocabulary.standard(), 100, "run-1")
                .collectAsList()) {
            byKey.put(r.getAs("family") + " " + r.getAs("month") + " " + r.getAs("province_code") + " " + r.getAs("term"), r);
        }
        Row henan = byKey.get("credit 2019-03 410000 信用修复");
        assertEquals(2L, henan.<Long>getAs("doc_count"), "a and b; c lacks the term");
        assertEquals(3L, henan.<Long>getAs("docs_in_cell"), "lists and undated pages are not counted");
        assertEquals(2.0 / 3.0, henan.<Double>getAs("share"), 1e-9);
        assertEquals("credit-mechanism", henan.getAs("term_group"));
        assertEquals(Vocabulary.standard().version(), henan.getAs("term_list_version"));
        assertEquals(1L, byKey.get("credit 2019-03 000000 信用修复").<Long>getAs("docs_in_cell"), "no region: 000000");
        assertEquals(1L, byKey.get("credit 2019-04 410000 信用修复").<Long>getAs("doc_count"));
        assertEquals(1L, byKey.get("civilization 2019-03 410000 闯红灯").<Long>getAs("doc_count"));
        assertEquals(null, byKey.get("credit 2019-03 410000 闯红灯"), "cells without the term have no row");
    }
}
