package org.civcred.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.config.Errors;
import org.civcred.tables.TableCatalog;

/**
 * Finishes a crash run whose harness was itself stopped part-way (a long run cut short): takes
 * the kills that landed from the harness's log, reruns {@code run all} on the killed directory to
 * the end with the concurrent reader watching, waits for the uninterrupted run to end, and runs
 * the same checks as a whole run.
 */
final class CrashFinish {

    private static final Pattern KILL = Pattern.compile("(?:CrawlUnderKills|PipelineUnderKills) - kill \\d+: (\\S+) (.*)");

    private CrashFinish() {
    }

    static CrashResult finish(Path work, Path harnessLog, ChildCivcred child, long timeoutMinutes)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Kill> kills = kills(harnessLog);
        Path reference = work.resolve("reference");
        Path killed = work.resolve("killed");
        ConcurrentReader reader = new ConcurrentReader(killed, TableCatalog.ALL);
        try {
            CrashHarness.progress("finishing the killed pipeline after " + kills.size() + " kills");
            Path log = CrawlUnderKills.log(killed, "killed-run-finish");
            Process p = child.start(log, List.of("run", "all", "--run-id", "killed-finish", "--data", killed.toString()));
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw Errors.usage("Finishing the killed pipeline failed:\n" + new ChildLog(log).tail(20), "See " + log);
            }
        } finally {
            reader.close();
        }
        Path referenceLog = CrawlUnderKills.log(reference, "reference-run");
        CrashHarness.progress("waiting for the uninterrupted pipeline");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(timeoutMinutes);
        while (!Files.readString(referenceLog, StandardCharsets.UTF_8).contains("run reference done")) {
            if (System.nanoTime() > deadline) {
                throw Errors.usage("The uninterrupted pipeline did not finish", "See " + referenceLog);
            }
            Thread.sleep(1000);
        }
        // The stopped harness's identity-number hash key died with it; a job it had not finished is rerun here
        // under another key, so keyed hashes cannot compare (the masked numbers themselves still do).
        return CrashHarness.check(reference, killed, kills.size(), kills, reader, start,
                new TableComparison(Set.of("id_hash", "id_hashes")));
    }

    /** The kills the harness logged; the step it names is the one hit. */
    static List<Kill> kills(Path harnessLog) throws IOException {
        List<Kill> kills = new ArrayList<>();
        for (String line : Files.readAllLines(harnessLog, StandardCharsets.UTF_8)) {
            Matcher m = KILL.matcher(line);
            if (m.find()) {
                kills.add(new Kill(m.group(1), m.group(1), m.group(2)));
            }
        }
        return kills;
    }
}
