package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {

    private static final String BASE = "http://www.tjwenming.cn/tjhr/tjhrb/201710/index.shtml";

    @Test
    void dotAndDotDotLinksResolveAgainstThePage() {
        assertEquals(Optional.of("http://www.tjwenming.cn/tjhr/tjhrb/201710/t20171012_1.shtml"),
                Urls.resolve(BASE, "./t20171012_1.shtml"));
        assertEquals(Optional.of("http://www.tjwenming.cn/tjhr/201710/t20171012_1.shtml"),
                Urls.resolve(BASE, "../../201710/t20171012_1.shtml"));
        assertEquals(Optional.of("http://www.tjwenming.cn/a/b.html"), Urls.resolve(BASE, "/a/b.html"));
        assertEquals(Optional.of("http://hnzmd.wenming.cn/x.html"), Urls.resolve(BASE, "http://hnzmd.wenming.cn/x.html"));
        assertEquals(Optional.of("http://www.tjwenming.cn/cdn/x.js"), Urls.resolve(BASE, "//www.tjwenming.cn/cdn/x.js"));
    }

    @Test
    void nonHttpAndFragmentOnlyLinksAreDropped() {
        assertEquals(Optional.empty(), Urls.resolve(BASE, "javascript:void(0)"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "#top"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "mailto:a@b.cn"));
        assertEquals(Optional.empty(), Urls.resolve(BASE, "  "));
        assertEquals(Optional.of("http://www.tjwenming.cn/tjhr/tjhrb/201710/a.html"), Urls.resolve(BASE, "a.html#p2"));
    }

    @Test
    void replacingAQueryParameterKeepsTheOthersAsWritten() {
        String url = "http://public.creditchina.gov.cn/private-api/typeSourceSearch?type=%E5%AE%88&page=1&pageSize=10";
        assertEquals("http://public.creditchina.gov.cn/private-api/typeSourceSearch?type=%E5%AE%88&page=3&pageSize=10",
                Urls.withQueryParam(url, "page", "3"));
        assertEquals(url + "&x=1", Urls.withQueryParam(url, "x", "1"));
        assertEquals(Optional.of("%E5%AE%88"), Urls.queryParam(url, "type"));
        assertEquals(Optional.of("10"), Urls.queryParam(url, "pageSize"));
    }

    @Test
    void replacingAFormFieldKeepsFieldOrderAndEmptyFields() {
        String form = "pageNo=1&pageSize=10&messageid=m&condition=&yzm=";
        assertEquals("pageNo=4&pageSize=10&messageid=m&condition=&yzm=", Urls.withFormParam(form, "pageNo", "4"));
        assertEquals(Optional.of(""), Urls.formParam(form, "yzm"));
    }

    @Test
    void hostAndPathAreReadLeniently() {
        assertEquals("credit.fzgg.tj.gov.cn", Urls.host("http://Credit.FZGG.tj.gov.cn:8080/xygs/datalist.do"));
        assertEquals("www.wenming.cn", Urls.host("http://www.wenming.cn/搜索 页?q=好人"));
        assertEquals("/xygs/showDetail.do", Urls.path("http://h.cn/xygs/showDetail.do?recid=1"));
        assertEquals("/", Urls.path("http://h.cn"));
    }
}
