package org.civcred.mirror;

import java.util.List;
import java.util.Optional;
import org.civcred.model.Header;

/** A response of the mirror: status, headers in wire order, body bytes as sent (gzip included). */
public record MirrorResponse(int status, List<Header> headers, byte[] body) {

    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }
}
