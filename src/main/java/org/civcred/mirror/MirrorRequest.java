package org.civcred.mirror;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request to the mirror.
 *
 * @param method  GET, POST, HEAD …
 * @param url     absolute {@code http://host/path?query}
 * @param body    the request body as text (a form for POST), empty when none
 * @param headers request headers; names are matched case-insensitively
 */
public record MirrorRequest(String method, String url, String body, Map<String, List<String>> headers) {

    public MirrorRequest {
        body = body == null ? "" : body;
        headers = headers == null ? Map.of() : headers;
    }

    public static MirrorRequest get(String url) {
        return new MirrorRequest("GET", url, "", Map.of());
    }

    /** The first value of a header, whatever the case of its name. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
