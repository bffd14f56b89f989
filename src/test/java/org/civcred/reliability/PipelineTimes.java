package org.civcred.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each job took in the uninterrupted run, measured by watching its log: ingest from its
 * first line, every later job from the end of the one before. The kill points are fractions of
 * these times.
 */
final class PipelineTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Follows {@code log} until the child exits, noting when each job finished. */
    static PipelineTimes watch(Process child, ChildLog log, List<String> jobs) throws InterruptedException {
        PipelineTimes times = new PipelineTimes();
        long last = -1;
        int next = 0;
        while (child.isAlive() || next < jobs.size()) {
            long now = System.nanoTime();
            if (last < 0 && log.ingestStarted()) {
                last = now;
            }
            var finished = log.finishedJobs();
            while (next < jobs.size() && finished.contains(jobs.get(next))) {
                long start = last < 0 ? now : last;
                times.millis.put(jobs.get(next), Math.max(1, (now - start) / 1_000_000));
                last = now;
                next++;
            }
            if (!child.isAlive() && next < jobs.size()) {
                break;
            }
            Thread.sleep(25);
        }
        return times;
    }

    static PipelineTimes of(Map<String, Long> millis) {
        PipelineTimes times = new PipelineTimes();
        times.millis.putAll(millis);
        return times;
    }

    long millis(String job) {
        return millis.getOrDefault(job, 1000L);
    }

    Map<String, Long> all() {
        return Map.copyOf(millis);
    }
}
