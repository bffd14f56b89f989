package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civcred.model.Link;
import org.civcred.site.Extraction;
import org.junit.jupiter.api.Test;

class CreditChinaApiExtractorTest {

    private static final String PERSON = "http://public.creditchina.gov.cn/private-api/catalogSearchPerson"
            + "?tableName=credit_zgf_zrr_sxbzxr_jb&searchState=2&scenes=defaultscenario&keyword=&page=3&pageSize=10";

    @Test
    void courtDefaultersBecomeMaskedBlackListRecordsAndOtherPagesAreLinked() {
        Extraction e = Pages.run(new CreditChinaApiExtractor(), Pages.json(PERSON,
                "{\"status\":1,\"message\":\"成功\",\"data\":{\"total\":36,\"list\":[{\"xm\":\"王伟\",\"lrsj\":\"2019-05-12\","
                        + "\"tmzjhm\":\"1301**********3518\",\"lrbm\":\"某法院\",\"ssdq\":\"河北省石家庄市\"}]}}"));
        assertEquals(Map.of("name", "王伟", "list_date", "2019-05-12", "id_masked", "1301**********3518",
                "source_org", "某法院", "region", "河北省石家庄市", "list_name", "credit_zgf_zrr_sxbzxr_jb",
                "list_kind", "black", "subject_type", "person"), e.records().get(0));
        assertEquals(List.of(1, 2, 4), e.links().stream().map(Link::pageNumber).toList());
        assertTrue(e.links().get(0).request().url().endsWith("&keyword=&page=1&pageSize=10"));
    }

    @Test
    void aStatus40001BodyIsAChallengeWithNoRecordsAndNoLinks() {
        Extraction e = Pages.run(new CreditChinaApiExtractor(), Pages.json(PERSON, "{\"status\":40001,\"message\":\"请刷新后重试！\"}"));
        assertTrue(e.records().isEmpty());
        assertTrue(e.links().isEmpty());
        assertTrue(e.warnings().get(0).contains("40001"));
    }

    @Test
    void typeSourceRowsAreReadThroughTheirChineseLabels() {
        Extraction e = Pages.run(new CreditChinaApiExtractor(), Pages.json(
                "http://public.creditchina.gov.cn/private-api/typeSourceSearch?type=%E5%AE%88&page=1&pageSize=10",
                "{\"status\":1,\"data\":{\"total\":3,\"list\":[{\"table_name\":\"t\",\"entity\":{\"a\":\"李堃\",\"b\":\"男\","
                        + "\"c\":\"诚信之星\",\"d\":\"2019-06-18\"},\"sencesMap\":{\"a\":\"姓名\",\"b\":\"性别\",\"c\":\"荣誉称号\","
                        + "\"d\":\"认定时间\"},\"dataSource\":\"中央文明办\"}]}}"));
        assertEquals(Map.of("name", "李堃", "gender", "男", "list_name", "诚信之星", "list_date", "2019-06-18",
                "source_org", "中央文明办", "list_kind", "red", "subject_type", "person"), e.records().get(0));
        assertTrue(e.links().isEmpty(), "three rows fit on one page");
    }
}
