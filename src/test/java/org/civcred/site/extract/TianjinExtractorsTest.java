package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.civcred.site.Extraction;
import org.junit.jupiter.api.Test;

class TianjinExtractorsTest {

    private static final String LIST = "http://credit.fzgg.tj.gov.cn/xygs/datalist.do";
    private static final String HTML = """
            <table class="list-table"><tr><th>名称</th><th>地区</th><th>认定日期</th><th>操作</th></tr>
            <tr><td title="刘建国">刘建…</td><td title="天津市河西区">天津市河西区</td><td title="2018-03-15">2018-03-15</td>
            <td><a href="javascript:void(0)" onclick="showDetail('R1','1','msg_tjhr_2018')">查看</a></td></tr></table>
            <div class="pager"><a href="javascript:_gotoPage('2')">下一页</a><a href="javascript:_gotoPage('4')">尾页</a></div>""";

    @Test
    void rowsAreReadFromCellTitlesAndShowDetailBecomesADetailGet() {
        Extraction e = Pages.run(new TianjinListExtractor(), Pages.post(LIST,
                "pageNo=1&pageSize=10&messageid=msg_tjhr_2018&domainid=029&condition=&yzm=", HTML));
        assertEquals("刘建国", e.records().get(0).get("name"), "the title attribute holds the untruncated value");
        assertEquals("2018-03-15", e.records().get(0).get("list_date"));
        assertEquals("red", e.records().get(0).get("list_kind"));
        String detail = "http://credit.fzgg.tj.gov.cn/xygs/showDetail.do?recid=R1&messageid=msg_tjhr_2018&recflag=1";
        assertEquals(detail, e.records().get(0).get("detail_url"));
        assertEquals(LinkKind.DETAIL, e.links().get(0).kind());
        assertEquals(detail, e.links().get(0).request().url());
    }

    @Test
    void theLastPageLinkBecomesPostsOfTheSameFormForEveryOtherPage() {
        Extraction first = Pages.run(new TianjinListExtractor(), Pages.post(LIST,
                "pageNo=1&pageSize=10&messageid=msg_sxbzxr&domainid=028&condition=&yzm=", HTML));
        List<Link> pages = first.links().stream().filter(l -> l.kind() == LinkKind.PAGINATION).toList();
        assertEquals(List.of("pageNo=2&pageSize=10&messageid=msg_sxbzxr&domainid=028&condition=&yzm=",
                "pageNo=3&pageSize=10&messageid=msg_sxbzxr&domainid=028&condition=&yzm=",
                "pageNo=4&pageSize=10&messageid=msg_sxbzxr&domainid=028&condition=&yzm="),
                pages.stream().map(l -> l.request().formBody()).toList());
        assertTrue(pages.stream().allMatch(l -> l.request().isPost() && l.request().url().equals(LIST)));
        assertEquals("black", first.records().get(0).get("list_kind"));

        Extraction third = Pages.run(new TianjinListExtractor(), Pages.post(LIST,
                "pageNo=3&pageSize=10&messageid=msg_sxbzxr&domainid=028&condition=&yzm=", HTML));
        assertEquals(List.of(1, 2, 4), third.links().stream().filter(l -> l.kind() == LinkKind.PAGINATION)
                .map(Link::pageNumber).toList());
    }

    @Test
    void aCaptchaPageIsAWarningAndNothingElse() {
        Extraction e = Pages.run(new TianjinListExtractor(), Pages.post(LIST, "pageNo=1&messageid=msg_xzcf",
                "<form><p>请输入验证码</p><img src='/xygs/captcha.do'><input name='yzm'></form>"));
        assertTrue(e.records().isEmpty() && e.links().isEmpty());
        assertTrue(e.warnings().get(0).startsWith("captcha page"));
    }

    @Test
    void aDetailTableBecomesOneRecord() {
        String url = "http://credit.fzgg.tj.gov.cn/xygs/showDetail.do?recid=B1&messageid=msg_sxbzxr&recflag=2";
        Extraction e = Pages.run(new TianjinDetailExtractor(), Pages.html(url, """
                <table class="table table-bordered"><tr><td>姓名</td><td>马某某</td></tr>
                <tr><td>证件号码：</td><td>%s</td></tr><tr><td>失信行为</td><td>拒不履行</td></tr>
                <tr><td>执行法院</td><td>和平区人民法院</td></tr></table>""".formatted("120101" + "19800101" + "2317")));
        assertEquals(1, e.records().size());
        assertEquals("马某某", e.records().get(0).get("name"));
        assertEquals("1201**********2317", e.records().get(0).get("id_masked"), "a whole id number is never kept");
        assertEquals("black", e.records().get(0).get("list_kind"));
        assertEquals("和平区人民法院", e.records().get(0).get("source_org"));
        assertEquals(url, e.records().get(0).get("detail_url"));
    }
}
