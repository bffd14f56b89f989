package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before any pipeline run the dashboard still answers, and says what to run. */
class DashboardEmptyStateTest {

    @Test
    void aDataDirectoryWithoutTablesGetsAMessageNamingTheDemoCommand(@TempDir Path data) throws Exception {
        try (DashboardServer server = DashboardServer.start(data.toString(), new Configuration(), "127.0.0.1", 0)) {
            PageClient client = new PageClient(server);
            JsonNode model = client.json("/api/dashboard");
            assertEquals("empty", model.get("status").asText());
            assertTrue(model.get("message").asText().contains("bin/civcred demo --data " + data));
            assertEquals(GoldTables.NAMES.size(), model.get("missing").size());
            assertEquals(200, client.get("/").statusCode());
            assertEquals(404, client.get("/capture/urn:uuid:1").statusCode());
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered(@TempDir Path data) throws Exception {
        try (DashboardServer server = DashboardServer.start(data.toString(), new Configuration(), "127.0.0.1", 0)) {
            var http = java.net.http.HttpClient.newHttpClient();
            var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/dashboard"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build();
            assertEquals(405, http.send(post, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
