package org.civcred.mirror;

import java.util.Optional;

/**
 * The one seam between the HTTP server and the snapshot: turns a request into a response, or
 * into nothing when the request is for a host the mirror does not serve (the server answers 502).
 * Layers such as fault injection (5xx bursts, slow bodies) wrap a handler without touching either side.
 */
@FunctionalInterface
public interface MirrorHandler {

    Optional<MirrorResponse> respond(MirrorRequest request);
}
