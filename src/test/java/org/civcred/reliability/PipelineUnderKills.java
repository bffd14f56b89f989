package org.civcred.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civcred.config.Errors;
import org.civcred.jobs.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code civcred run all} in child JVMs: once uninterrupted (timing each job), and once per kill
 * point: the child runs until the aimed job has begun (ingest has logged its first line, or the job
 * before it has finished), then for that fraction of the job's uninterrupted time (or of the
 * estimate, when the uninterrupted run has not timed it yet), and is killed.
 * The next child reruns the pipeline, skipping finished jobs, until one completes.
 */
final class PipelineUnderKills {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineUnderKills.class);

    private final ChildCivcred child;
    private final CrashOptions options;
    private final List<String> jobs = Pipeline.names();

    PipelineUnderKills(ChildCivcred child, CrashOptions options) {
        this.child = child;
        this.options = options;
    }

    /** The uninterrupted run, timing each job into {@code times}. */
    void reference(Path data, PipelineTimes times) throws IOException, InterruptedException {
        Path log = CrawlUnderKills.log(data, "reference-run");
        Process p = start(data, "reference", log);
        times.watch(p, new ChildLog(log), jobs);
        finish(p, log);
    }

    List<Kill> killed(Path data, List<KillPoint> points, PipelineTimes times) throws IOException, InterruptedException {
        List<Kill> kills = new ArrayList<>();
        int n = 0;
        for (KillPoint point : points) {
            Path log = CrawlUnderKills.log(data, "killed-run-" + (++n));
            Process p = start(data, "killed-" + n, log);
            ChildLog childLog = new ChildLog(log);
            long deadline = System.nanoTime() + options.stepTimeout().toNanos();
            while (p.isAlive() && !begun(point.target(), childLog) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<String> outputs = Pipeline.byName(point.target()).orElseThrow().outputs();
            long commitsBefore = commits(data, outputs);
            long delay = Math.round(point.fraction() * times.millis(point.target()));
            p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!p.isAlive()) {
                if (p.exitValue() != 0) {
                    throw failed(p, log);
                }
                LOG.warn("the pipeline finished before the kill aimed at {}", point.target());
                continue;
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String hit = running(childLog.finishedJobs());
            long commits = commits(data, outputs) - commitsBefore;
            kills.add(new Kill(point.target(), hit, String.format("%d ms in (%.0f%% of its %s %d ms), "
                    + "%d output commit(s) made", delay, 100 * point.fraction(),
                    times.measured(point.target()) ? "uninterrupted" : "estimated", times.millis(point.target()), commits)));
            LOG.info("kill {}: {} ({})", kills.size(), hit, kills.get(kills.size() - 1).phase());
        }
        Path log = CrawlUnderKills.log(data, "killed-run-final");
        finish(start(data, "killed-final", log), log);
        return kills;
    }

    private boolean begun(String job, ChildLog log) {
        int i = jobs.indexOf(job);
        return i == 0 ? log.ingestStarted() : log.finishedJobs().contains(jobs.get(i - 1));
    }

    /** The first job the child had not finished: the one the kill interrupted. */
    private String running(Set<String> finished) {
        return jobs.stream().filter(j -> !finished.contains(j)).findFirst().orElse("(after the last job)");
    }

    /** Commits in the outputs' logs so far, to tell whether the kill came before or after the job's commit. */
    private static long commits(Path data, List<String> tables) throws IOException {
        long n = 0;
        for (String t : tables) {
            Path log = TableComparison.tablePath(data, t).resolve("_delta_log");
            if (Files.isDirectory(log)) {
                try (Stream<Path> files = Files.list(log)) {
                    n += files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json")).count();
                }
            }
        }
        return n;
    }

    private Process start(Path data, String runId, Path log) throws IOException {
        return child.start(log, List.of("run", "all", "--run-id", runId, "--data", data.toString()));
    }

    private void finish(Process p, Path log) throws InterruptedException {
        if (!p.waitFor(options.stepTimeout().toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (p.exitValue() != 0) {
            throw failed(p, log);
        }
    }

    private static RuntimeException failed(Process p, Path log) {
        return Errors.usage("civcred run all failed (exit " + p.exitValue() + "):\n" + new ChildLog(log).tail(20),
                "See " + log);
    }
}
