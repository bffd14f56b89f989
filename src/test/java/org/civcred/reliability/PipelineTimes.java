package org.civcred.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each job took in the uninterrupted run, measured by watching its log: ingest from its
 * first line, every later job from the end of the one before. The kill points are fractions of
 * these times. The uninterrupted run goes on beside the killed one, usually a job or more ahead;
 * a job it has not timed yet counts as the fallback estimate.
 */
final class PipelineTimes {

    private final Map<String, Long> millis = new ConcurrentHashMap<>();
    private final long fallbackMillis;

    PipelineTimes(long fallbackMillis) {
        this.fallbackMillis = fallbackMillis;
    }

    static PipelineTimes of(Map<String, Long> millis, long fallbackMillis) {
        PipelineTimes times = new PipelineTimes(fallbackMillis);
        times.millis.putAll(millis);
        return times;
    }

    /** Follows {@code log} until the child exits, noting when each job finished. */
    void watch(Process child, ChildLog log, List<String> jobs) throws InterruptedException {
        long last = -1;
        int next = 0;
        while (next < jobs.size()) {
            long now = System.nanoTime();
            if (last < 0 && log.ingestStarted()) {
                last = now;
            }
            var finished = log.finishedJobs();
            while (next < jobs.size() && finished.contains(jobs.get(next))) {
                long start = last < 0 ? now : last;
                millis.put(jobs.get(next), Math.max(1, (now - start) / 1_000_000));
                last = now;
                next++;
            }
            if (!child.isAlive() && next < jobs.size()) {
                break;
            }
            Thread.sleep(25);
        }
    }

    long millis(String job) {
        return millis.getOrDefault(job, fallbackMillis);
    }

    boolean measured(String job) {
        return millis.containsKey(job);
    }

    Map<String, Long> all() {
        return Map.copyOf(millis);
    }
}
