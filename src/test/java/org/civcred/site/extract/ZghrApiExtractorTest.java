package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.civcred.site.Extraction;
import org.junit.jupiter.api.Test;

class ZghrApiExtractorTest {

    private static final String URL = "http://zghr.wenming.cn/api/v2/candidates?activityId=A1&pageNum=2&pageSize=20";

    private static String row(String name, String activity) {
        return "{\"username\":\"" + name + "\",\"gender\":\"女\",\"category\":\"filial\",\"activityId\":\"" + activity
                + "\",\"activityTitle\":\"第一季度候选人\",\"candidateSid\":\"s\",\"photoUrl\":\"http://zghr.wenming.cn/upload/p.jpg\","
                + "\"region\":\"河南省南阳市\",\"intro\":\"事迹\"}";
    }

    @Test
    void rowsBecomeHonourRecordsWithOtherPagesAndOneLinkPerActivity() {
        Extraction e = Pages.run(new ZghrApiExtractor(), Pages.json(URL,
                "{\"code\":200,\"msg\":\"success\",\"total\":57,\"pageNum\":2,\"pageSize\":20,\"rows\":["
                        + row("甲", "A1") + "," + row("乙", "A1") + "]}"));
        assertEquals(2, e.records().size());
        assertEquals("甲", e.records().get(0).get("name"));
        assertEquals("filial", e.records().get(0).get("category"));
        assertEquals("honour", e.records().get(0).get("list_kind"));
        assertEquals("第一季度候选人", e.records().get(0).get("list_name"));
        List<Link> api = e.links().stream().filter(l -> l.kind() == LinkKind.API).toList();
        assertEquals(List.of("http://zghr.wenming.cn/api/v2/activities/A1"), api.stream().map(l -> l.request().url()).toList());
        List<Link> pages = e.links().stream().filter(l -> l.kind() == LinkKind.PAGINATION).toList();
        assertEquals(List.of("http://zghr.wenming.cn/api/v2/candidates?activityId=A1&pageNum=1&pageSize=20",
                "http://zghr.wenming.cn/api/v2/candidates?activityId=A1&pageNum=3&pageSize=20"),
                pages.stream().map(l -> l.request().url()).toList());
        assertTrue(e.links().stream().noneMatch(l -> l.request().url().endsWith(".jpg")), "photos are not followed");
    }

    @Test
    void anActivityGivesItsTitleAndDates() {
        Extraction e = Pages.run(new ZghrApiExtractor(), Pages.json("http://zghr.wenming.cn/api/v2/activities/A1",
                "{\"code\":200,\"data\":{\"activityId\":\"A1\",\"title\":\"季度榜\",\"startDate\":\"2018-01-05\",\"endDate\":\"2018-03-20\"}}"));
        assertEquals("季度榜", e.fields().get("title"));
        assertEquals("2018-03-20", e.fields().get("end_date"));
    }

    @Test
    void aNonSuccessCodeIsAWarningWithoutRecords() {
        Extraction e = Pages.run(new ZghrApiExtractor(), Pages.json(URL, "{\"code\":500,\"msg\":\"busy\"}"));
        assertTrue(e.records().isEmpty());
        assertEquals("zghr API answered code 500: busy", e.warnings().get(0));
    }
}
