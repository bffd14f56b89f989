package org.civcred.jobs;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a job did, as counts (rows read, written, quarantined …) for {@code job_runs} and the console.
 *
 * @param job    job name
 * @param counts named counts
 */
public record JobResult(String job, Map<String, Long> counts) {

    public JobResult {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
