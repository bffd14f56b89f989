package org.civcred.mirror;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import org.civcred.model.Header;

/**
 * How the mirror puts one finished response on the wire. The plain delivery writes head and body
 * at once; a fault layer can stall, trickle, cut short or reset instead, which no handler can do
 * because a handler only returns data.
 */
@FunctionalInterface
public interface Delivery {

    /** Writes everything at once and keeps the connection. */
    Delivery PLAIN = (socket, out, response) -> {
        HttpWire.write(out, response.status(), response.headers(), response.body());
        return true;
    };

    /**
     * Sends {@code response} (its headers are final: Date and Connection included).
     *
     * @return false when the connection must not carry another request
     */
    boolean send(Socket socket, OutputStream out, MirrorResponse response) throws IOException;

    /** The status line and header block as the plain delivery writes them. */
    static byte[] head(int status, List<Header> headers) {
        return HttpWire.head(status, headers);
    }
}
