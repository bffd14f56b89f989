package org.civcred.badinput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code <reliability dir>/bad-input.json}: the figures of the bad-input check, computed from the
 * verdicts (never constants). The directory is {@code target/reliability} unless the system property
 * {@code civcred.reliability-dir} names another.
 */
final class BadInputReport {

    private BadInputReport() {
    }

    static Path write(String command, Instant started, CorpusRun run, List<ItemVerdict> verdicts,
                      long goodRecords, long goodLost) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("part", "bad-input");
        root.put("command", command);
        root.put("started", started.toString());
        root.put("seconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
        root.put("bad_inputs", verdicts.size());
        root.put("quarantined", verdicts.stream().filter(ItemVerdict::quarantined).count());
        root.put("with_reason", verdicts.stream().filter(v -> v.quarantined() && v.handled()).count());
        root.put("fields_nulled_or_rejected", verdicts.stream().filter(v -> v.item().outcome().name().startsWith("FIELD")
                && v.handled()).count());
        root.put("kept_safely", verdicts.stream().filter(v -> v.item().outcome() == BadInputCorpus.Outcome.KEPT
                && v.handled()).count());
        root.put("handled", verdicts.stream().filter(ItemVerdict::handled).count());
        root.put("jobs_completed", run.jobs.stream().filter(CorpusRun.JobOutcome::completed).count());
        root.put("jobs_run", run.jobs.size());
        root.put("good_records", goodRecords);
        root.put("good_records_lost", goodLost);
        root.put("silently_lost", verdicts.stream().filter(v -> !v.traced()).count() + goodLost);
        root.put("checks_failed", verdicts.stream().filter(v -> !v.handled()).count()
                + run.jobs.stream().filter(j -> !j.completed()).count() + (goodLost > 0 ? 1 : 0));
        ArrayNode items = root.putArray("items");
        for (ItemVerdict v : verdicts) {
            ObjectNode item = items.addObject();
            item.put("id", v.item().id());
            item.put("kind", v.item().kind());
            item.put("stage", v.item().stage());
            item.put("expected_outcome", v.item().outcome().name().toLowerCase(java.util.Locale.ROOT));
            item.put("expected", v.item().reason());
            item.put("quarantined", v.quarantined());
            item.putPOJO("reasons", v.reasons());
            item.put("handled", v.handled());
            item.put("silently_lost", !v.traced());
            item.put("found", v.note());
        }
        ArrayNode jobs = root.putArray("jobs");
        for (CorpusRun.JobOutcome j : run.jobs) {
            ObjectNode job = jobs.addObject();
            job.put("job", j.job());
            job.put("completed", j.completed());
            job.putPOJO("counts", j.counts());
            if (j.error() != null) {
                job.put("error", j.error());
            }
        }
        Path dir = Path.of(System.getProperty("civcred.reliability-dir", "target/reliability"));
        Files.createDirectories(dir);
        Path file = dir.resolve("bad-input.json");
        json.writeValue(file.toFile(), root);
        return file;
    }
}
