package org.civcred.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jobs/pipeline.yaml, which schedulers read, says what the code does: same jobs, order, tables. */
class PipelineDefinitionTest {

    @Test
    void pipelineYamlListsEveryJobInOrderWithTheTablesItReadsAndWrites() throws IOException {
        JsonNode jobs = new ObjectMapper(new YAMLFactory()).readTree(Path.of("jobs/pipeline.yaml").toFile()).get("jobs");
        List<Job> code = Pipeline.all();
        assertEquals(code.size(), jobs.size());
        for (int i = 0; i < code.size(); i++) {
            Job job = code.get(i);
            JsonNode declared = jobs.get(i);
            assertEquals(job.name(), declared.get("name").asText());
            assertNotNull(declared.get("incremental"), job.name() + " says how it runs incrementally");
            assertEquals(job.outputs(), list(declared.get("writes")), job.name() + " writes");
            if (!job.inputs().isEmpty()) {
                assertEquals(job.inputs(), list(declared.get("reads")), job.name() + " reads");
            }
        }
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
