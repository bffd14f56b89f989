package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "api/dashboard"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build();
            assertEquals(405, HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
