package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running dashboard follows the tables: after a commit to a gold table the next request shows
 * the new version's rows, with no restart; an unchanged table keeps being served from its cache.
 */
class DashboardRefreshTest {

    @Test
    void aCommitToAGoldTableShowsOnTheNextRequestWithoutARestart(@TempDir Path dir) throws Exception {
        Path data = MirrorPipeline.get().copyTo(dir);
        try (DashboardServer server = DashboardServer.start(data.toString(), new Configuration(), "127.0.0.1", 0)) {
            PageClient client = new PageClient(server);
            JsonNode before = client.json("/api/dashboard");
            int persons = before.at("/persons/total").asInt();
            long version = before.at("/versions/overlap_persons").asLong();
            String gone = before.at("/persons/rows/0/pair_id").asText();

            DeltaTable.forPath(SharedSpark.get(), data.resolve("tables/overlap_persons").toString())
                    .delete("pair_id = '" + gone + "'");

            JsonNode after = client.json("/api/dashboard");
            assertEquals(persons - 1, after.at("/persons/total").asInt());
            assertTrue(after.at("/versions/overlap_persons").asLong() > version);
            after.at("/persons/rows").forEach(p -> assertTrue(!gone.equals(p.get("pair_id").asText())));
            assertEquals(before.at("/versions/overlap_cities"), after.at("/versions/overlap_cities"));
        }
    }
}
