package org.civcred.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrawlRequestTest {

    @Test
    void postKeysIgnoreFormFieldOrder() {
        CrawlRequest a = CrawlRequest.post("http://h/x.do", "pageNo=1&messageid=m");
        CrawlRequest b = CrawlRequest.post("http://h/x.do", "messageid=m&pageNo=1");
        assertEquals(a.key(), b.key());
        assertEquals("POST http://h/x.do messageid=m&pageNo=1", a.key());
    }

    @Test
    void getKeyIsMethodAndUrl() {
        assertEquals("GET http://h/a?b=1", CrawlRequest.get("http://h/a?b=1").key());
    }

    @Test
    void aGetWithABodyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CrawlRequest("GET", "http://h/", "a=1"));
    }

    @Test
    void formFieldsAreDecodedInBodyOrder() {
        var fields = CrawlRequest.post("http://h/x", "b=%E5%A5%BD&a=").formFields();
        assertEquals("b", fields.get(0)[0]);
        assertEquals("好", fields.get(0)[1]);
        assertEquals("", fields.get(1)[1]);
    }
}
