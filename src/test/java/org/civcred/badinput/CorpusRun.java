package org.civcred.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.extract.ExtractJob;
import org.civcred.jobs.ingest.IngestJob;

/**
 * Runs the real ingest and extract jobs over the corpus on the given SparkSession and keeps what the
 * tables then hold for the corpus's URLs (the corpus is tiny, so the rows fit in memory).
 */
final class CorpusRun {

    /** A job that ran: its counts, or the error that stopped it. */
    record JobOutcome(String job, Map<String, Long> counts, String error) {
        boolean completed() {
            return error == null;
        }
    }

    final List<JobOutcome> jobs = new ArrayList<>();
    final List<Row> captures;
    final List<Row> documents;
    final List<Row> entries;
    final List<Row> quarantine;

    CorpusRun(SparkSession spark, Path data, BadInputCorpus.Corpus corpus) throws IOException {
        Settings settings = settings(data);
        List<String> files = corpus.files().stream().map(Path::toString).toList();
        run(new IngestJob(files), spark, data, settings);
        run(new ExtractJob(), spark, data, settings);
        JobContext read = context(spark, data, settings, "read");
        captures = read.tables().read("captures").drop("body").collectAsList();
        documents = read.tables().read("documents").collectAsList();
        entries = read.tables().read("list_entries").collectAsList();
        quarantine = read.tables().read("quarantine").collectAsList();
    }

    private void run(Job job, SparkSession spark, Path data, Settings settings) {
        try {
            JobResult result = job.run(context(spark, data, settings, "bad-input-" + job.name()));
            jobs.add(new JobOutcome(job.name(), result.counts(), null));
        } catch (RuntimeException e) {
            jobs.add(new JobOutcome(job.name(), Map.of(), e.toString()));
        }
    }

    private static JobContext context(SparkSession spark, Path data, Settings settings, String runId) {
        return JobContext.of(spark, data.toString(), settings, runId,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** The corpus's limits, and an id-hash key of the run's own (never one from the repository). */
    private static Settings settings(Path data) throws IOException {
        Path key = data.resolve("id-hash.key");
        Files.createDirectories(data);
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        Files.writeString(key, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
        Settings s = Settings.defaults().with("privacy.id-hash-key-file", key.toString(), "bad-input corpus");
        String[] pairs = BadInputCorpus.settings();
        for (int i = 0; i < pairs.length; i += 2) {
            s = s.with(pairs[i], pairs[i + 1], "bad-input corpus");
        }
        return s;
    }
}
