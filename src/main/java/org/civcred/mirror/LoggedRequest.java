package org.civcred.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the server received, as logged.
 *
 * @param url      absolute URL (built from the Host header for origin-form requests)
 * @param viaProxy whether the request line carried an absolute URI (forward-proxy form)
 */
public record LoggedRequest(Instant time, String method, String url, String body, Map<String, List<String>> headers,
                            int status, boolean viaProxy) {
}
