package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.Link;
import org.civcred.model.LinkKind;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    @Test
    void keysAreSortedLinksKeepTheirOrderAndPostsShowTheirForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "题");
        fields.put("body", "文");
        Extraction e = new Extraction("s", "list", "credit",
                List.of(Link.of(CrawlRequest.get("http://h.cn/b"), LinkKind.DETAIL),
                        Link.page(CrawlRequest.post("http://h.cn/a.do", "pageNo=2&x="), 2)),
                fields, List.of(Map.of("z", "1", "a", "2")), List.of("w"));
        assertEquals("""
                {
                  "siteId" : "s",
                  "pageType" : "list",
                  "family" : "credit",
                  "fields" : {
                    "body" : "文",
                    "title" : "题"
                  },
                  "records" : [
                    {
                      "a" : "2",
                      "z" : "1"
                    }
                  ],
                  "links" : [
                    {
                      "kind" : "detail",
                      "method" : "GET",
                      "url" : "http://h.cn/b"
                    },
                    {
                      "kind" : "pagination",
                      "method" : "POST",
                      "url" : "http://h.cn/a.do",
                      "form" : "pageNo=2&x=",
                      "page" : 2
                    }
                  ],
                  "warnings" : [
                    "w"
                  ]
                }
                """, ExtractionJson.toJson(e));
    }
}
