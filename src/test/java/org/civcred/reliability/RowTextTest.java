package org.civcred.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowTextTest {

    @Test
    void contentIgnoresRunIdsCaptureIdsAndArrayOrderButNotContent() {
        Map<String, Object> a = row("run-1", "urn:uuid:1", List.of("x", "y"), "标题");
        Map<String, Object> b = row("run-2", "urn:uuid:2", List.of("y", "x"), "标题");
        Map<String, Object> c = row("run-1", "urn:uuid:1", List.of("x", "y"), "另一个标题");

        assertEquals(RowText.content(a), RowText.content(b));
        assertNotEquals(RowText.content(a), RowText.content(c));
        assertNotEquals(RowText.exact(a), RowText.exact(b), "a reader's checksum sees every column");
    }

    @Test
    void capturePlacesInsideSourceStructsAreIgnored() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("sources", List.of(Map.of("capture_id", "urn:uuid:1", "url", "http://a/", "warc_file", "f1",
                "warc_offset", 10L)));
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("sources", List.of(Map.of("capture_id", "urn:uuid:2", "url", "http://a/", "warc_file", "f2",
                "warc_offset", 99L)));

        assertEquals(RowText.content(one), RowText.content(two));
    }

    private static Map<String, Object> row(String runId, String captureId, List<String> urls, String title) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc_id", "d1");
        row.put("title", title);
        row.put("urls", urls);
        row.put("capture_id", captureId);
        row.put("run_id", runId);
        return row;
    }
}
