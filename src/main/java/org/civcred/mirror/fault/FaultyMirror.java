package org.civcred.mirror.fault;

import java.io.IOException;
import java.time.Clock;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;

/**
 * A running mirror with a fault plan wrapped around its handler and its socket delivery, and the
 * counts of what it injected.
 */
public record FaultyMirror(MirrorServer server, FaultPlan plan, FaultCounts counts) implements AutoCloseable {

    public static FaultyMirror start(MirrorSnapshot snapshot, FaultPlan plan, String bindHost, int port) throws IOException {
        FaultCounts counts = new FaultCounts();
        Clock clock = Clock.systemUTC();
        MirrorServer server = MirrorServer.start(snapshot, h -> new FaultLayer(h, plan, counts, clock), new WireFaults(),
                bindHost, port, clock);
        return new FaultyMirror(server, plan, counts);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
