package org.civcred.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold row's sources as links. Its capture ids are the exact provenance, so each becomes a link
 * to its archived copy beside the URL the captures table gives for it (see {@link CaptureUrls}); a
 * URL alone would be ambiguous, since one URL answered by POST has a capture per form. The row's
 * URLs no capture covers are listed after, without an archived copy.
 */
final class Sources {

    private Sources() {
    }

    static List<Map<String, String>> pair(Object urls, Object captureIds, Map<String, String> urlOfCapture) {
        List<String> rowUrls = PersonsPanel.strings(urls);
        List<String> ids = new ArrayList<>(PersonsPanel.strings(captureIds));
        // In the row's URL order; captures of URLs the row does not list go last.
        ids.sort(Comparator.comparingInt(id -> {
            int at = rowUrls.indexOf(urlOfCapture.get(id));
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        List<Map<String, String>> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (String id : ids) {
            String url = urlOfCapture.get(id);
            covered.add(url);
            out.add(link(url, id));
        }
        rowUrls.stream().filter(u -> !covered.contains(u)).forEach(u -> out.add(link(u, null)));
        return out;
    }

    static Map<String, String> link(String url, String captureId) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("url", url);
        l.put("capture", captureId == null ? null : "/capture/" + CaptureIds.toPath(captureId));
        return l;
    }
}
