package org.civcred.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child {@code civcred run} has logged so far: the jobs it finished (JobRunner's
 * "job: {counts} in N ms" or "job: skipped" lines) and whether ingest has begun reading files.
 */
final class ChildLog {

    private static final Pattern FINISHED = Pattern.compile("JobRunner - ([a-z-]+): (skipped|\\{.*} in \\d+ ms)");
    private static final String INGEST_STARTED = "ingest: ";

    private final Path file;

    ChildLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Jobs this child has finished (run or skipped), in the order it logged them. */
    Set<String> finishedJobs() {
        Set<String> jobs = new LinkedHashSet<>();
        Matcher m = FINISHED.matcher(text());
        while (m.find()) {
            jobs.add(m.group(1));
        }
        return jobs;
    }

    /** Whether ingest has listed its WARC files, the first line a run's ingest logs. */
    boolean ingestStarted() {
        return text().contains("IngestJob - " + INGEST_STARTED);
    }

    /** The last lines, for an error message. */
    String tail(int lines) {
        String[] all = text().split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
            b.append(all[i]).append('\n');
        }
        return b.toString();
    }

    private String text() {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
