package org.civcred.storage;

import java.util.List;
import java.util.Optional;
import org.civcred.model.Header;

/**
 * An HTTP response as it will be archived.
 *
 * <p>The body is the payload after transfer and content decoding (the fetcher asks for gzip and
 * undoes it); the WARC writer therefore renames {@code Content-Encoding} and
 * {@code Transfer-Encoding} to {@code X-Crawler-*} and sets {@code Content-Length} to the stored
 * length, so that every WARC reader sees a consistent record. Charset bytes are never touched.
 *
 * @param protocol  e.g. {@code HTTP/1.1}
 * @param status    status code
 * @param reason    reason phrase (may be empty)
 * @param headers   response headers in wire order
 * @param body      payload bytes, verbatim
 * @param truncated whether the body was cut at the configured maximum size
 */
public record HttpResponseData(String protocol, int status, String reason, List<Header> headers,
                               byte[] body, boolean truncated) {

    public HttpResponseData {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first header of that name (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }
}
