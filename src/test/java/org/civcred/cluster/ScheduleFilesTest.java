package org.civcred.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.jobs.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The schedules in jobs/ are read by cron and Airflow, not by Java, so nothing else notices when
 * they drift from the pipeline: these tests hold them to jobs/pipeline.yaml and to Pipeline.
 */
class ScheduleFilesTest {

    private static final Path PIPELINE_YAML = Path.of("jobs/pipeline.yaml");
    private static final Path DAG = Path.of("jobs/airflow/civcred_pipeline.py");
    private static final Path CRONTAB = Path.of("jobs/crontab");
    private static final Pattern DAG_JOB = Pattern.compile("\\(\"([a-z-]+)\", \\[([^\\]]*)\\], \\[([^\\]]*)\\]\\)");

    record Step(String job, List<String> reads, List<String> writes) {
    }

    @Test
    void theAirflowDagListsEveryJobInPipelineOrderWithTheReadsAndWritesOfPipelineYaml() throws IOException {
        assertEquals(pipelineYaml(), dagJobs());
    }

    @Test
    void pipelineYamlNamesTheJobsThatRunAllRuns() throws IOException {
        assertEquals(Pipeline.names(), pipelineYaml().stream().map(Step::job).toList());
    }

    @Test
    void theDagSubmitsTheJobsJarWithARunIdPerLogicalDate() throws IOException {
        String dag = Files.readString(DAG);
        assertTrue(dag.contains("java_class=\"org.civcred.cli.Main\""), "java_class");
        assertTrue(dag.contains("\"--run-id\", \"civcred-{{ ds }}\""), "run id per logical date");
        assertTrue(dag.contains("max_active_runs=1"), "one run at a time");
        assertTrue(dag.contains("\"retries\":"), "retries");
    }

    @Test
    void everyCrontabEntryTakesTheSharedLockAndNamesItsRunAfterTheDate() throws IOException {
        List<String> entries = Files.readAllLines(CRONTAB).stream().filter(l -> l.matches("^[0-9*].*")).toList();
        assertEquals(3, entries.size(), "crawl, pipeline, monthly rebuild");
        for (String entry : entries) {
            assertTrue(entry.contains("flock ") && entry.contains("\"$LOCK\""), "no shared lock: " + entry);
            assertTrue(entry.contains("--crawl-id \"weekly-$(date") || entry.contains("--run-id \""), "no dated id: " + entry);
            assertTrue(entry.contains(">> \"$LOGS/"), "no log: " + entry);
            // cron ends the command at an unescaped %, which would silently cut the line short.
            assertFalse(entry.matches(".*[^\\\\]%.*"), "unescaped % in: " + entry);
        }
    }

    private static List<Step> pipelineYaml() throws IOException {
        JsonNode root = new YAMLMapper().readTree(PIPELINE_YAML.toFile());
        List<Step> steps = new ArrayList<>();
        for (JsonNode job : root.get("jobs")) {
            steps.add(new Step(job.get("name").asText(), tables(job.get("reads")), tables(job.get("writes"))));
        }
        return steps;
    }

    /** Table names; the WARC glob under raw counts as the table "raw". */
    private static List<String> tables(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.asText().startsWith("<data>/raw") ? "raw" : n.asText()));
        return names;
    }

    private static List<Step> dagJobs() throws IOException {
        Matcher m = DAG_JOB.matcher(Files.readString(DAG));
        List<Step> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(new Step(m.group(1), quoted(m.group(2)), quoted(m.group(3))));
        }
        return steps;
    }

    private static List<String> quoted(String pythonList) {
        return Pattern.compile("\"([^\"]+)\"").matcher(pythonList).results().map(r -> r.group(1)).toList();
    }
}
