package org.civcred.mirror.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.civcred.mirror.Delivery;
import org.civcred.mirror.MirrorResponse;
import org.civcred.model.Header;

/**
 * The socket half of fault injection: responses the {@link FaultLayer} marked are stalled (no
 * answer, then close), trickled, cut short (Content-Length promises more than is sent) or reset
 * (RST, no answer). Unmarked responses go out as usual.
 */
public final class WireFaults implements Delivery {

    private static final int SLOW_PIECES = 8;

    @Override
    public boolean send(Socket socket, OutputStream out, MirrorResponse response) throws IOException {
        String how = null;
        List<Header> headers = new ArrayList<>();
        for (Header h : response.headers()) {
            if (h.name().equals(FaultLayer.WIRE_HEADER)) {
                how = h.value();
            } else {
                headers.add(h);
            }
        }
        if (how == null) {
            return PLAIN.send(socket, out, response);
        }
        byte[] head = Delivery.head(response.status(), headers);
        byte[] body = response.body();
        String[] parts = how.split(";");
        switch (parts[0]) {
            case "reset" -> {
                socket.setSoLinger(true, 0);
                socket.close();
                return false;
            }
            case "timeout" -> {
                sleep(Long.parseLong(parts[1]));
                return false;
            }
            case "truncate" -> {
                out.write(head);
                out.write(body, 0, body.length / 2);
                out.flush();
                socket.shutdownOutput();
                return false;
            }
            case "slow" -> {
                out.write(head);
                out.flush();
                long pause = Long.parseLong(parts[1]) / SLOW_PIECES;
                int piece = Math.max(1, (body.length + SLOW_PIECES - 1) / SLOW_PIECES);
                for (int off = 0; off < body.length; off += piece) {
                    sleep(pause);
                    out.write(body, off, Math.min(piece, body.length - off));
                    out.flush();
                }
                return true;
            }
            default -> throw new IllegalStateException("Unknown wire fault " + how);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while staging a fault", e);
        }
    }
}
