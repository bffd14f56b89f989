package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @Test
    void theTableHasAColumnForEveryKeyAnyRowHasAndTheJsonKeepsTheFigures(@TempDir Path dir) throws Exception {
        BenchReport report = new BenchReport("demo-bench", Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("contender", "civcred");
        first.put("seconds", 12.34567);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("contender", "baseline");
        second.put("recall", 0.5);
        report.row(first).row(second).figure("speed-up", 4.0).parameter("docs", 1000);

        String[] lines = report.table().split("\n");
        assertTrue(lines[0].startsWith("contender") && lines[0].contains("seconds") && lines[0].contains("recall"), lines[0]);
        assertTrue(lines[2].contains("12.346"), lines[2]);
        assertTrue(lines[3].contains("0.500"), lines[3]);

        Path json = report.finish(dir);
        assertEquals("demo-bench-20261122T100000Z.json", json.getFileName().toString());
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        assertEquals(4.0, node.get("figures").get("speed-up").asDouble());
        assertEquals(2, node.get("rows").size());
        assertEquals(1000, node.get("parameters").get("docs").asInt());
        assertTrue(node.get("machine").get("cores").asInt() >= 1);
    }
}
