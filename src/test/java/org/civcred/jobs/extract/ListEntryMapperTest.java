package org.civcred.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.civcred.jobs.entries.ListEntry;
import org.civcred.site.Extraction;
import org.civcred.tables.TableSchema;
import org.civcred.text.IdNumbers;
import org.junit.jupiter.api.Test;

class ListEntryMapperTest {

    private static final byte[] KEY = "a-test-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);

    private static CaptureInput capture(String url, String site, String family) {
        return new CaptureInput("urn:uuid:c1", url, "host", site, family, null, 200, "text/html", new byte[0],
                "sha1:x", "GET", "", "f.warc.gz", 0L);
    }

    private static Extraction extraction(String family, Map<String, String> fields, List<Map<String, String>> records) {
        return new Extraction("site", "page", family, List.of(), fields, records, List.of());
    }

    private static List<ListEntry> map(String family, Map<String, String> fields, Map<String, String> record) {
        return ListEntryMapper.normalized(capture("http://h/p.html", "site", family), "doc1",
                extraction(family, fields, record == null ? List.of() : List.of(record)), KEY, "run-1");
    }

    private static Map<String, String> record(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aRedListRowIsNormalisedIntoEveryColumnInSchemaOrder() {
        Map<String, String> rec = record("name", "趙鎔", "gender", "男", "birth", "1968年4月", "region", "南开区",
                "category", "爱岗敬业", "list_name", "天津好人", "list_date", "2018年9月3日", "list_kind", "red",
                "subject_type", "person", "source_org", "天津市精神文明建设委员会办公室");
        List<Row> rows = ListEntryMapper.entries(capture("http://h/d", "credit-tianjin", "credit"), "doc1",
                extraction("credit", Map.of(), List.of(rec)), KEY, "run-1");
        assertEquals(1, rows.size());
        Row row = rows.get(0);
        assertEquals(TableSchema.load("list_entries").columnNames().size(), row.size());
        ListEntry e = map("credit", Map.of(), rec).get(0);
        assertEquals("赵镕", e.nameNorm());
        assertEquals("M", e.gender());
        assertEquals("1968-04", e.birthYm());
        assertEquals("120104", e.regionCode(), "南开区 is Tianjin's district");
        assertEquals("county", e.regionLevel());
        assertEquals("120000", e.provinceCode());
        assertEquals("dedicated", e.category(), "爱岗敬业 is the dedicated category");
        assertEquals("good_person", e.honour());
        assertEquals(Date.valueOf("2018-09-03"), e.listDate());
        assertEquals("red", e.listKind());
        assertEquals(DocIds.sha1("doc1", "0", "趙鎔"), e.entryId());
        assertEquals("run-1", row.getAs(row.size() - 1).toString());
    }

    @Test
    void anAmbiguousDistrictIsResolvedWithThePagesOwnPlaceAsContext() {
        Map<String, String> tianjin = record("name", "王喆", "region", "和平区", "source_org", "天津市第一中级人民法院");
        Map<String, String> shenyang = record("name", "王喆", "region", "和平区", "source_org", "沈阳市中级人民法院");
        Map<String, String> none = record("name", "王喆", "region", "和平区");
        assertEquals("120101", map("credit", Map.of(), tianjin).get(0).regionCode());
        assertEquals("210102", map("credit", Map.of(), shenyang).get(0).regionCode());
        assertNull(map("credit", Map.of(), none).get(0).regionCode(), "without context 和平区 stays unresolved");
        Map<String, String> listPage = Map.of("list_name", "2018年10月\"天津好人\"榜单");
        assertEquals("120101", map("civilization", listPage, none).get(0).regionCode(), "a dated list name is context too");
    }

    @Test
    void dottedSpacedAndMaskedNamesGetTheirMatchingForms() {
        assertEquals("古丽娜尔·艾力", map("credit", Map.of(), record("name", "古丽娜尔．艾力")).get(0).nameNorm());
        assertEquals("周洁", map("credit", Map.of(), record("name", "周 洁")).get(0).nameNorm());
        ListEntry masked = map("credit", Map.of(), record("name", "管某某", "id_masked", "4113301969******42")).get(0);
        assertTrue(masked.nameMasked());
        assertNull(masked.nameNorm(), "a masked name is never a matching key");
        assertNull(masked.birthYm(), "1969** shows a year only; a birth month needs the month");
        ListEntry visible = map("credit", Map.of(), record("name", "李某", "id_masked", "4113301985******12")).get(0);
        assertNull(visible.birthYm());
        ListEntry monthShown = map("credit", Map.of(), record("name", "李某", "id_masked", "411330198503****12")).get(0);
        assertEquals("1985-03", monthShown.birthYm(), "a mask that leaves the month visible gives the birth month");
    }

    @Test
    void aWholeIdentityNumberIsMaskedAndHashedWithTheKey() {
        String full = "110105" + "19491231" + "002X"; // the standard's own example, assembled so no whole number sits in the source
        ListEntry e = map("credit", Map.of(), record("name", "张三", "id_masked", full,
                "deed", "身份证号" + full + "，拒不履行")).get(0);
        assertTrue(IdNumbers.looksMasked(e.idMasked()), e.idMasked());
        assertFalse(e.idMasked().contains("19491231"));
        assertFalse(e.deed().contains(full), "a whole number in the deed is masked too");
        assertEquals(IdNumbers.keyedHash(e.idMasked(), KEY), e.idHash());
        assertNull(e.birthYm(), "nothing is read from the whole number beyond its public masked form");
    }

    @Test
    void aCourtDefaulterTableRowNamingAGovernmentBodyBecomesAnOrganisation() {
        ListEntry e = map("credit", Map.of(), record("name", "驻马店市驿城区城市管理局", "subject_type", "person",
                "list_kind", "black", "region", "河南省驻马店市")).get(0);
        assertEquals("org", e.subjectType());
        assertEquals(Boolean.TRUE, e.orgIsGovernment(), "驻马店 holds 店, yet the body is a government bureau");
        assertEquals("411702", e.regionCode(), "the place in the name is finer than the row's region");
        ListEntry company = map("credit", Map.of(), record("name", "桐柏县宏达建材有限公司", "subject_type", "org")).get(0);
        assertEquals(Boolean.FALSE, company.orgIsGovernment());
        assertNull(company.gender());
    }

    @Test
    void anEditionRowTakesItsDateFromTheListNameAndAnApiCategoryCodeIsCanonical() {
        Map<String, String> fields = Map.of("list_name", "2018年1月\"中国好人榜\"");
        ListEntry e = map("civilization", fields, record("name", "张秀英", "province", "河南", "region", "南阳市桐柏县",
                "category", "孝老爱亲")).get(0);
        assertEquals(Date.valueOf("2018-01-01"), e.listDate());
        assertEquals("honour", e.listKind(), "civilization lists are honours");
        assertEquals("411330", e.regionCode());
        assertEquals("filial", map("civilization", Map.of(), record("name", "巴特尔", "category", "filial")).get(0).category());
    }

    @Test
    void aStoryWithoutRecordsGivesOneEntryFromItsProfileSentence() {
        Map<String, String> fields = Map.of("title", "转载：张秀英：孝老敬亲的“暖心人”", "published", "2018-03-17",
                "body", "编者按：本文转载时有删节。\n张秀英，女，1962年3月生，河南省南阳市桐柏县月河镇向阳社区农民。多年来……");
        List<ListEntry> entries = map("credit", fields, null);
        assertEquals(1, entries.size());
        ListEntry e = entries.get(0);
        assertEquals("张秀英", e.nameNorm());
        assertEquals("F", e.gender());
        assertEquals("1962-03", e.birthYm());
        assertEquals("411330", e.regionCode());
        assertEquals("honour", e.listKind(), "a republished profile story honours; it lists nobody on a red list");
        assertEquals(Date.valueOf("2018-03-17"), e.listDate());
    }

    @Test
    void anHonourAnnouncementGivesItsHonoureeWithRegionCategoryAndMonth() {
        Map<String, String> fields = Map.of("title", "2019年\"诚信之星\"｜張秀英：守护是最长情的告白", "published", "2019-03-20",
                "body", "二〇一九年三月，中央文明办、国家发展改革委联合发布2019年第1季度\"诚信之星\"名单，河南省南阳市桐柏县的張秀英（孝老爱亲）榜上有名。");
        ListEntry e = map("credit", fields, null).get(0);
        assertEquals("张秀英", e.nameNorm());
        assertEquals("411330", e.regionCode());
        assertEquals("filial", e.category());
        assertEquals("integrity_star", e.honour());
        assertEquals(Date.valueOf("2019-03-01"), e.listDate());
        assertEquals("red", e.listKind(), "an announced list of honourees is the credit side's red list");
    }

    @Test
    void aBlackListLineWithoutAnAddressTakesItsRegionFromTheMaskedIdentityNumber() {
        ListEntry e = map("credit", Map.of("title", "诚信红黑榜"), record("name", "李某某", "list_kind", "black",
                "id_masked", "4113301985******12", "subject_type", "person")).get(0);
        assertEquals("411330", e.regionCode());
        assertEquals("county", e.regionLevel());
        assertEquals("411300", e.prefectureCode());
    }

    @Test
    void newsThatMentionsNoOneInItsTitleGivesNoEntry() {
        Map<String, String> news = Map.of("title", "驻马店为身边好人落实守信激励措施",
                "body", "驻马店市把好人评选与礼遇帮扶结合起来。\n李某，男，1970年1月生，驻马店市人。");
        assertTrue(map("civilization", news, null).isEmpty());
        Map<String, String> story = Map.of("title", "王芳：热心肠", "body", "她的故事，要从那个冬天说起。");
        assertTrue(map("civilization", story, null).isEmpty(), "no profile sentence, no entry");
    }

    @Test
    void recordsWithoutANameAreSkippedAndEntryIdsDifferByIndex() {
        List<ListEntry> entries = ListEntryMapper.normalized(capture("http://h/l", "s", "credit"), "doc1",
                extraction("credit", Map.of(), List.of(record("name", " "), record("name", "王伟"), record("name", "王伟"))),
                KEY, "r");
        assertEquals(2, entries.size());
        assertNotEquals(entries.get(0).entryId(), entries.get(1).entryId());
        assertEquals("red", entries.get(0).listKind(), "a credit list of unknown kind defaults to red");
        assertEquals("black", ListEntryMapper.normalized(capture("http://h/l", "s", "credit"), "doc1",
                extraction("credit", Map.of("list_name", "失信被执行人名单"), List.of(record("name", "王伟"))), KEY, "r")
                .get(0).listKind());
    }
}
