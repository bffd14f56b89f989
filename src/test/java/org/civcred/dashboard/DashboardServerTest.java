package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelTables;
import org.civcred.testing.MirrorPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard over the mirror pipeline's tables, asked over real HTTP on loopback. */
class DashboardServerTest {

    private static DashboardServer server;
    private static PageClient client;
    private static int personsInTable;

    @BeforeAll
    static void start() throws Exception {
        String data = MirrorPipeline.get().data().toString();
        personsInTable = new KernelTables(data, new Configuration())
                .read("overlap_persons", List.of("pair_id"), Integer.MAX_VALUE).rows().size();
        server = DashboardServer.start(data, new Configuration(), "127.0.0.1", 0);
        client = new PageClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageAndItsScriptsAreServedFromTheJar() throws Exception {
        HttpResponse<byte[]> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("id=\"persons-table\""));
        assertEquals("text/javascript; charset=utf-8", client.get("/app.js").headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, client.get("/etc/passwd").statusCode());
    }

    @Test
    void everyOverlappingPersonIsListedWithSourcesWhenNoFilterIsSet() throws Exception {
        JsonNode model = client.json("/api/dashboard");
        assertEquals("ok", model.get("status").asText());
        assertEquals(personsInTable, model.at("/persons/total").asInt());
        assertEquals(personsInTable, model.at("/persons/rows").size());
        JsonNode first = model.at("/persons/rows/0");
        assertTrue(first.get("civ_sources").size() > 0 && first.get("credit_sources").size() > 0);
        assertTrue(first.at("/civ_sources/0/url").asText().startsWith("http"));
        assertTrue(first.at("/civ_sources/0/capture").asText().startsWith("/capture/urn"));
        assertEquals(GoldTables.NAMES.stream().sorted().toList(), fieldNames(model.get("versions")));
    }

    @Test
    void aProvinceFilterNarrowsEveryPanelThatHasARegion() throws Exception {
        JsonNode all = client.json("/api/dashboard");
        String province = all.at("/filters/provinces/0/code").asText();
        JsonNode narrowed = client.json("/api/dashboard?province=" + province);
        int shown = narrowed.at("/persons/total").asInt();
        assertTrue(shown < personsInTable, "province " + province + " left " + shown + " of " + personsInTable);
        for (JsonNode p : narrowed.at("/persons/rows")) {
            assertTrue(p.get("region_code").asText().startsWith(province.substring(0, 2)));
        }
        for (JsonNode c : narrowed.at("/cities/rows")) {
            assertEquals(province, c.get("province_code").asText());
        }
        assertEquals(List.of(), listOf(narrowed.at("/cities/ignored")));
        assertEquals(List.of("province"), listOf(narrowed.at("/articles/ignored")));
    }

    @Test
    void aMonthFilterKeepsOnlyPersonsWhoseOverlapFallsInThatMonth() throws Exception {
        String month = client.json("/api/dashboard").at("/persons/rows/0/month").asText();
        JsonNode narrowed = client.json("/api/dashboard?month=" + month);
        assertTrue(narrowed.at("/persons/total").asInt() > 0);
        for (JsonNode p : narrowed.at("/persons/rows")) {
            assertEquals(month, p.get("month").asText());
        }
    }

    @Test
    void aMalformedFilterIsAOneLineClientError() throws Exception {
        HttpResponse<byte[]> answer = client.get("/api/dashboard?month=May");
        assertEquals(400, answer.statusCode());
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("Give it as YYYY-MM"));
    }

    @Test
    void everyArchivedSourceIsServedDecodedAndSandboxedAndOneOfEachSideNamesThePersonAsPublished() throws Exception {
        JsonNode person = client.json("/api/dashboard").at("/persons/rows/0");
        for (String side : List.of("civ", "credit")) {
            String spelling = person.get("name_" + side + "_raw").asText();
            boolean named = false;
            for (JsonNode source : person.get(side + "_sources")) {
                assertTrue(source.hasNonNull("url") && source.hasNonNull("capture"), side + " source " + source);
                HttpResponse<byte[]> copy = client.get(source.get("capture").asText());
                assertEquals(200, copy.statusCode(), side);
                assertTrue(copy.headers().firstValue("Content-Type").orElse("").endsWith("charset=utf-8"));
                assertTrue(copy.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
                assertEquals(source.get("url").asText(), copy.headers().firstValue("X-Civcred-Original-Url").orElse(""));
                named |= new String(copy.body(), StandardCharsets.UTF_8).contains(spelling);
            }
            assertTrue(named, "an archived " + side + " page names " + spelling);
        }
    }

    @Test
    void anUnknownCaptureIsNotFound() throws Exception {
        assertEquals(404, client.get("/capture/urn:uuid:00000000-0000-0000-0000-000000000000").statusCode());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> listOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
