package org.civcred.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.civcred.jobs.extract.IdHashKey;
import org.civcred.tables.TableCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash safety end to end: an uninterrupted crawl and pipeline into {@code reference/}, then the
 * same into {@code killed/} with SIGKILLs at seeded random points over the crawl and every job,
 * rerunning after each until it completes, with a reader querying the tables throughout; then
 * the tables, the Delta logs, the reads and the WARC files are checked against the reference.
 */
final class CrashHarness {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHarness.class);

    private final CrashOptions options;
    private final ChildCivcred child;

    CrashHarness(CrashOptions options) {
        this.options = options;
        this.child = children(options.sparkMaster());
    }

    /** Child JVMs for both directories, with one identity-number hash key, so keyed hashes compare. */
    static ChildCivcred children(String sparkMaster) {
        // One identity-number hash key for both directories, so keyed hashes compare; made fresh here, never stored.
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new ChildCivcred(sparkMaster, Map.of(IdHashKey.ENV, HexFormat.of().formatHex(key)),
                List.of("jobs.shuffle-partitions=2"));
    }

    CrashResult run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path reference = options.work().resolve("reference");
        Path killed = options.work().resolve("killed");
        Files.createDirectories(options.work().resolve("logs"));
        CrawlUnderKills crawl = new CrawlUnderKills(child, options);
        PipelineUnderKills pipeline = new PipelineUnderKills(child, options);

        HarnessState state = HarnessState.load(options.work());
        if (!state.referenceCrawled()) {
            progress("uninterrupted crawl");
            state.referenceRequests = crawl.reference(reference);
            state.save(options.work());
        }
        PipelineTimes times = PipelineTimes.of(state.jobMillis, options.jobEstimate().toMillis());
        // The uninterrupted pipeline runs beside the killed one: on a busy machine the two together take
        // little longer than the killed one alone, and the uninterrupted one stays ahead to time the jobs.
        CompletableFuture<Void> referenceRun = CompletableFuture.completedFuture(null);
        if (state.jobMillis.isEmpty()) {
            progress("uninterrupted pipeline (" + state.referenceRequests + " requests crawled)");
            referenceRun = CompletableFuture.runAsync(() -> {
                try {
                    pipeline.reference(reference, times);
                } catch (IOException | InterruptedException e) {
                    throw new CompletionException(e);
                }
            });
        }

        List<KillPoint> plan = KillPlan.of(options.kills(), options.seed(), options.targets());
        ConcurrentReader reader = new ConcurrentReader(killed, TableCatalog.ALL);
        try {
            if (state.kills == null) {
                List<Kill> kills = new ArrayList<>();
                progress("crawl under kills");
                kills.addAll(crawl.killed(killed, plan.stream().filter(KillPoint::crawl).toList(),
                        state.referenceRequests));
                progress("pipeline under kills, with a concurrent reader");
                kills.addAll(pipeline.killed(killed, plan.stream().filter(p -> !p.crawl()).toList(), times));
                state.kills = kills;
            }
        } finally {
            reader.close();
        }
        referenceRun.join();
        state.jobMillis.putAll(times.all());
        state.save(options.work());
        progress("job times in the uninterrupted run (ms): " + times.all());
        List<Kill> kills = state.kills;

        return check(reference, killed, plan.size(), kills, reader, start, new TableComparison());
    }

    /** Compares the two directories and audits the killed one; {@code reader} has been closed. */
    static CrashResult check(Path reference, Path killed, int planned, List<Kill> kills, ConcurrentReader reader,
                             long startNanos, TableComparison comparison) throws IOException {
        progress("comparing tables, auditing Delta logs and WARC files");
        List<TableDiff> diffs = comparison.compare(reference, killed);
        Map<String, TableAudit> audits = new LinkedHashMap<>();
        DeltaAudit audit = new DeltaAudit();
        for (String table : TableCatalog.ALL) {
            Path dir = TableComparison.tablePath(killed, table);
            if (TableComparison.exists(dir)) {
                audits.put(table, audit.audit(table, dir));
            }
        }
        List<String> readProblems = new ArrayList<>(reader.errors());
        long partial = reader.partialReads(audits, readProblems);
        WarcCheck warc = WarcCheck.of(reference, killed);
        return new CrashResult(planned, kills, diffs, List.copyOf(audits.values()), reader.reads(), partial,
                reader.failedReads(), readProblems.stream().limit(10).toList(), warc, (System.nanoTime() - startNanos) / 1e9);
    }

    static void progress(String step) {
        LOG.info("crash harness: {}", step);
        System.err.println("crash: " + step);
    }
}
