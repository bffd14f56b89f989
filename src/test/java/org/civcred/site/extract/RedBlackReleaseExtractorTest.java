package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civcred.site.Extraction;
import org.junit.jupiter.api.Test;

class RedBlackReleaseExtractorTest {

    private static Extraction run(String content) {
        return Pages.run(new RedBlackReleaseExtractor(), Pages.html(
                "http://www.tongbai.gov.cn/xyxx/hhb/201904/t20190412_57011.html",
                "<html><body><h1 class='title'>一季度红黑榜</h1><div class='info'>发布日期：2019-04-12 信息来源：县文明办</div>"
                        + "<div class='content'>" + content + "</div></body></html>"));
    }

    @Test
    void headingsSetListKindAndSubjectTypeForTheNumberedLinesBelow() {
        Extraction e = run("""
                <p><strong>一、红榜</strong></p><p><strong>（一）诚信个人</strong></p>
                <p>1.王秀兰，女，桐柏县城关镇人，多年照顾孤寡老人。</p><p>2、赵刚，男，1970年5月生，吴城镇人，诚实守信典型：拾金不昧。</p>
                <p><strong>二、黑榜</strong></p><p><strong>（一）失信企业</strong></p><p>1.某某商贸有限公司：拖欠工资。</p>
                <p><strong>（二）失信个人</strong></p><p>1.李某某，身份证号4113301985******12，拒不履行判决。</p>
                <p>桐柏县精神文明建设委员会办公室</p><p>桐柏县发展和改革委员会</p><p>2019年4月12日</p>""");
        assertEquals(4, e.records().size());
        assertEquals(Map.of("name", "王秀兰", "gender", "女", "region", "桐柏县城关镇", "deed", "多年照顾孤寡老人。",
                "list_kind", "red", "subject_type", "person", "list_name", "一季度红黑榜", "list_date", "2019-04-12",
                "source_org", "桐柏县精神文明建设委员会办公室 桐柏县发展和改革委员会"), e.records().get(0));
        assertEquals("1970年5月", e.records().get(1).get("birth"));
        assertEquals("吴城镇", e.records().get(1).get("region"));
        assertEquals("诚实守信", e.records().get(1).get("category"), "a typed deed names its category");
        assertEquals("拾金不昧。", e.records().get(1).get("deed"));
        assertEquals(List.of("black", "org", "某某商贸有限公司", "拖欠工资。"), List.of(e.records().get(2).get("list_kind"),
                e.records().get(2).get("subject_type"), e.records().get(2).get("name"), e.records().get(2).get("deed")));
        assertEquals("4113301985******12", e.records().get(3).get("id_masked"));
    }

    @Test
    void linesSplitAtLineBreaksAndTheSourceLineStandsInForAMissingSignature() {
        Extraction e = run("<p>一、红榜<br>1.张三，男，城郊乡人，见义勇为。<br>2.桐柏县宏达建材有限公司：诚信纳税。</p>");
        assertEquals(2, e.records().size());
        assertEquals("person", e.records().get(0).get("subject_type"));
        assertEquals("org", e.records().get(1).get("subject_type"), "no 企业/个人 heading: guessed from the name");
        assertEquals("县文明办", e.records().get(0).get("source_org"));
    }

    @Test
    void aReleaseWithoutListHeadingsIsAWarning() {
        Extraction e = run("<p>1.第一条</p>");
        assertTrue(e.records().isEmpty());
        assertTrue(e.warnings().get(0).contains("红榜/黑榜"));
    }
}
