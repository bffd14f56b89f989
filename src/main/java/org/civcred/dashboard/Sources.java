package org.civcred.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold row's sources as links: each original URL with the capture that archived it, paired
 * through the captures table (see {@link CaptureUrls}). A URL whose capture is unknown is listed
 * without an archived copy; a capture whose URL is not among the row's URLs is listed with its own.
 */
final class Sources {

    private Sources() {
    }

    static List<Map<String, String>> pair(Object urls, Object captureIds, Map<String, String> urlOfCapture) {
        Set<String> unpaired = new LinkedHashSet<>(PersonsPanel.strings(captureIds));
        List<Map<String, String>> out = new ArrayList<>();
        for (String url : PersonsPanel.strings(urls)) {
            String capture = unpaired.stream().filter(id -> url.equals(urlOfCapture.get(id))).findFirst().orElse(null);
            unpaired.remove(capture);
            out.add(link(url, capture));
        }
        unpaired.forEach(id -> out.add(link(urlOfCapture.get(id), id)));
        return out;
    }

    static Map<String, String> link(String url, String captureId) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("url", url);
        l.put("capture", captureId == null ? null : "/capture/" + CaptureIds.toPath(captureId));
        return l;
    }
}
