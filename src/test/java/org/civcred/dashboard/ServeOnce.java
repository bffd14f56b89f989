package org.civcred.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hadoop.conf.Configuration;

/**
 * Child-JVM entry point for {@link DashboardLoadsNoSparkTest}: serves a data directory, asks for
 * the dashboard and one archived copy, prints what it got, and exits.
 */
public final class ServeOnce {

    private ServeOnce() {
    }

    public static void main(String[] args) throws Exception {
        try (DashboardServer server = DashboardServer.start(args[0], new Configuration(), "127.0.0.1", 0)) {
            PageClient client = new PageClient(server);
            JsonNode model = client.json("/api/dashboard");
            int capture = client.get(model.at("/persons/rows/0/civ_sources/0/capture").asText()).statusCode();
            System.out.println("SERVED persons=" + model.at("/persons/total").asInt() + " capture=" + capture);
        }
    }
}
