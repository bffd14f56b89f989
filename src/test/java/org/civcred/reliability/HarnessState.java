package org.civcred.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the harness has done so far in its working directory ({@code state.json}): the
 * uninterrupted crawl's request count, then its pipeline's job times and the kills once both
 * pipelines finished. A rerun with the same directory starts from there, so a long run interrupted in its
 * checks need not crawl and kill again.
 */
final class HarnessState {

    private static final ObjectMapper JSON = new ObjectMapper();

    int referenceRequests = -1;
    Map<String, Long> jobMillis = new LinkedHashMap<>();
    List<Kill> kills;

    static HarnessState load(Path work) throws IOException {
        Path file = work.resolve("state.json");
        HarnessState state = new HarnessState();
        if (Files.exists(file)) {
            Map<?, ?> m = JSON.readValue(file.toFile(), Map.class);
            state.referenceRequests = ((Number) m.get("reference_requests")).intValue();
            ((Map<?, ?>) m.get("job_millis")).forEach((k, v) -> state.jobMillis.put((String) k, ((Number) v).longValue()));
            if (m.get("kills") instanceof List<?> kills) {
                state.kills = new ArrayList<>();
                for (Object k : kills) {
                    Map<?, ?> km = (Map<?, ?>) k;
                    state.kills.add(new Kill((String) km.get("aimed_at"), (String) km.get("hit"), (String) km.get("phase")));
                }
            }
        }
        return state;
    }

    boolean referenceCrawled() {
        return referenceRequests >= 0;
    }

    void save(Path work) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference_requests", referenceRequests);
        m.put("job_millis", jobMillis);
        if (kills != null) {
            List<Map<String, String>> list = new ArrayList<>();
            kills.forEach(k -> list.add(Map.of("aimed_at", k.aimedAt(), "hit", k.hit(), "phase", k.phase())));
            m.put("kills", list);
        }
        JSON.writeValue(work.resolve("state.json").toFile(), m);
    }
}
