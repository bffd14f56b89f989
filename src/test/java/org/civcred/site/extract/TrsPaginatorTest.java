package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class TrsPaginatorTest {

    private static List<Link> pages(String url, String script) {
        ExtractionBuilder out = new ExtractionBuilder();
        new TrsPaginator().paginate(Pages.html(url, "<div class='page'><script>" + script + "</script></div>"), out);
        return out.build("t", "t", "").links();
    }

    @Test
    void theFirstPageLinksEveryOtherPageUpToCountPage() {
        List<Link> links = pages("http://www.wenming.cn/sbhr_pd/hr365/index.shtml",
                "var countPage = 4;var currentPage = 0;createPageHTML(countPage, currentPage, \"index\", \"shtml\");");
        assertEquals(List.of("http://www.wenming.cn/sbhr_pd/hr365/index_1.shtml",
                "http://www.wenming.cn/sbhr_pd/hr365/index_2.shtml",
                "http://www.wenming.cn/sbhr_pd/hr365/index_3.shtml"), links.stream().map(l -> l.request().url()).toList());
        assertEquals(List.of(2, 3, 4), links.stream().map(Link::pageNumber).toList());
        assertEquals(LinkKind.PAGINATION, links.get(0).kind());
    }

    @Test
    void aMiddlePageLinksBackToIndexAndUsesTheScriptsExtension() {
        List<Link> links = pages("http://www.creditchina.gov.cn/xinyongwenhua/chengxinwenhua/index_1.html",
                "var countPage = 3\nvar currentPage = 1\ncreatePageHTML(countPage, currentPage, 'index', 'html');");
        assertEquals(List.of("http://www.creditchina.gov.cn/xinyongwenhua/chengxinwenhua/index.html",
                "http://www.creditchina.gov.cn/xinyongwenhua/chengxinwenhua/index_2.html"),
                links.stream().map(l -> l.request().url()).toList());
        assertEquals(List.of(1, 3), links.stream().map(Link::pageNumber).toList());
    }

    @Test
    void aSinglePageListOrAPageWithoutThePagerHasNoPaginationLinks() {
        assertEquals(List.of(), pages("http://h.cn/x/index.shtml", "var countPage = 1;var currentPage = 0;"));
        assertEquals(List.of(), pages("http://h.cn/x/index.shtml", "var other = 5;"));
    }
}
