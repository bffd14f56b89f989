package org.civcred.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold row's sources as links: each original URL with the capture that archived it. The URL and
 * capture-id arrays are written side by side, one capture per URL; when their lengths differ the
 * pairing is unknown, so each URL is listed without an archived copy and each capture on its own.
 */
final class Sources {

    private Sources() {
    }

    static List<Map<String, String>> pair(Object urls, Object captureIds) {
        List<String> u = PersonsPanel.strings(urls);
        List<String> c = PersonsPanel.strings(captureIds);
        List<Map<String, String>> out = new ArrayList<>();
        boolean aligned = u.size() == c.size();
        for (int i = 0; i < u.size(); i++) {
            out.add(link(u.get(i), aligned ? c.get(i) : null));
        }
        if (!aligned) {
            c.forEach(id -> out.add(link(null, id)));
        }
        return out;
    }

    static Map<String, String> link(String url, String captureId) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("url", url);
        l.put("capture", captureId == null ? null : "/capture/" + CaptureIds.toPath(captureId));
        return l;
    }
}
