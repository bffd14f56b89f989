package org.civcred.site.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.civcred.model.LinkKind;
import org.civcred.site.Extraction;
import org.civcred.site.spec.FieldSpec;
import org.civcred.site.spec.LinkSpec;
import org.civcred.site.spec.PageTypeSpec;
import org.civcred.site.spec.RecordSpec;
import org.junit.jupiter.api.Test;

class SelectorsExtractorTest {

    private static final String HTML = """
            <html><body><div class="hrb-title"> 2018年1月"中国好人榜" </div>
            <div class="sec"><h3>第一组</h3><table>
            <tr><th>姓名</th><th>地区</th></tr>
            <tr><td><a href="../hr365/201801/t20180108_1.shtml">张秀英</a></td><td>　桐柏县 </td></tr>
            <tr><td><a href="#">李四</a></td><td>宛城区</td></tr>
            <tr><td></td><td>空行</td></tr>
            </table></div>
            <div id="tex"><p>第一段</p><p> </p><p>第二段</p></div>
            <a href="javascript:void(0)">js</a><a href="./index_1.shtml">下一页</a></body></html>""";

    private Extraction run(PageTypeSpec type) {
        PageContext page = Pages.html("http://www.wenming.cn/sbhr_pd/zghrb/index.shtml", HTML);
        ExtractionBuilder out = new ExtractionBuilder();
        new SelectorsExtractor().extract(page, type, out);
        return out.build("s", type.name(), "");
    }

    @Test
    void fieldsReadTrimmedTextJoinedParagraphsAndRegexGroups() {
        Extraction e = run(new PageTypeSpec("t", ".", null, Map.of(
                "list_name", FieldSpec.of(".hrb-title"),
                "body", new FieldSpec("#tex p", null, null, "\n", null, null),
                "month", new FieldSpec(".hrb-title", null, "(\\d{4})年(\\d+)月", null, null, null),
                "constant", new FieldSpec(null, null, null, null, null, "中国好人榜")), null, null, null));
        assertEquals("2018年1月\"中国好人榜\"", e.fields().get("list_name"));
        assertEquals("第一段\n第二段", e.fields().get("body"));
        assertEquals("2018", e.fields().get("month"));
        assertEquals("中国好人榜", e.fields().get("constant"));
    }

    @Test
    void recordsReadRowsWithAncestorFieldsConstantsAndRequiredKeys() {
        RecordSpec rows = new RecordSpec("tr:has(td)", Map.of(
                "name", FieldSpec.of("td:eq(0)"),
                "region", FieldSpec.of("td:eq(1)"),
                "detail_url", new FieldSpec("td:eq(0) a", "href", null, null, null, null),
                "list_name", new FieldSpec("h3", null, null, null, "div.sec", null)),
                Map.of("list_kind", "honour"), List.of("name"));
        Extraction e = run(new PageTypeSpec("t", ".", null, null, List.of(rows), null, null));
        assertEquals(2, e.records().size());
        assertEquals(Map.of("name", "张秀英", "region", "桐柏县", "list_name", "第一组", "list_kind", "honour",
                "detail_url", "http://www.wenming.cn/sbhr_pd/hr365/201801/t20180108_1.shtml"), e.records().get(0));
        assertEquals(null, e.records().get(1).get("detail_url"), "a # link is no URL");
    }

    @Test
    void linksAreAbsoluteFilteredAndNeverJavascript() {
        Extraction e = run(new PageTypeSpec("t", ".", null, null, null, List.of(
                new LinkSpec("a[href]", "detail", null, "/t\\d{8}_\\d+\\.shtml$"),
                new LinkSpec("a[href]", "navigation", null, null)), null));
        assertEquals(List.of("http://www.wenming.cn/sbhr_pd/hr365/201801/t20180108_1.shtml",
                "http://www.wenming.cn/sbhr_pd/zghrb/index_1.shtml"), e.links().stream().map(l -> l.request().url()).toList());
        assertEquals(LinkKind.DETAIL, e.links().get(0).kind(), "the first kind given to a URL wins");
        assertEquals(LinkKind.NAVIGATION, e.links().get(1).kind());
    }
}
