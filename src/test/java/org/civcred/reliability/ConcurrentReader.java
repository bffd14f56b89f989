package org.civcred.reliability;

import io.delta.kernel.exceptions.TableNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the killed run's tables over and over through Delta Kernel while the jobs write them (and
 * die), remembering what each read returned for the version it read. Afterwards every read is
 * checked against what that version holds when read on its own: a read that saw part of a commit,
 * or a mix of two, would differ.
 */
final class ConcurrentReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentReader.class);
    private static final int MAX_ERRORS_KEPT = 5;

    /** One read: what it returned and the version it was. */
    record Observation(String table, long version, ReadDigest digest) {
    }

    private final Path data;
    private final List<String> tables;
    private final DeltaReader reader = new DeltaReader();
    private final Map<Observation, Long> observations = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong failedReads = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    ConcurrentReader(Path data, List<String> tables) {
        this.data = data;
        this.tables = List.copyOf(tables);
        this.thread = new Thread(this::loop, "concurrent-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            boolean readAny = false;
            for (String table : tables) {
                Path dir = TableComparison.tablePath(data, table);
                if (!running || !TableComparison.exists(dir)) {
                    continue;
                }
                readAny = true;
                readOnce(table, dir);
            }
            // A short rest between rounds leaves the machine to the jobs being killed; reads still overlap their commits.
            sleep(readAny ? 50 : 200);
        }
    }

    private void readOnce(String table, Path dir) {
        try {
            long[] version = new long[1];
            ReadDigest digest = ReadDigest.of(reader, dir.toString(), OptionalLong.empty(), version);
            observations.merge(new Observation(table, version[0], digest), 1L, Long::sum);
            reads.incrementAndGet();
        } catch (TableNotFoundException e) {
            // A table being created has a log directory but not its first commit yet: nothing to read, not a torn read.
            LOG.debug("{} has no commit yet", table);
        } catch (RuntimeException e) {
            failedReads.incrementAndGet();
            if (errors.size() < MAX_ERRORS_KEPT) {
                errors.add(table + ": " + e);
            }
        }
    }

    long reads() {
        return reads.get();
    }

    long failedReads() {
        return failedReads.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Reads whose result differs from what their version holds; needs the audits of the finished tables. */
    long partialReads(Map<String, TableAudit> audits, List<String> details) {
        long partial = 0;
        for (Map.Entry<Observation, Long> e : observations.entrySet()) {
            Observation o = e.getKey();
            TableAudit audit = audits.get(o.table());
            ReadDigest committed = audit == null ? null : audit.digests().get(o.version());
            if (!o.digest().equals(committed)) {
                partial += e.getValue();
                details.add(o.table() + " v" + o.version() + ": read " + o.digest() + ", version holds " + committed);
            }
        }
        return partial;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(60_000);
        LOG.info("concurrent reader: {} reads, {} failed", reads.get(), failedReads.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
