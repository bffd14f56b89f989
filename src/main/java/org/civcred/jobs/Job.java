package org.civcred.jobs;

import java.util.List;

/**
 * One step of the pipeline: reads some tables, writes others, idempotently. A job is a small
 * final class with typed parameters; all I/O goes through the {@link JobContext}, so the transform
 * itself can be tested on in-memory frames. No job has a {@code main}, and none sets the master.
 */
public interface Job {

    /** Name used on the command line, in {@code jobs/}, and in {@code job_runs}. */
    String name();

    /** Tables read (their versions are recorded before the run). */
    List<String> inputs();

    /** Tables written (their versions are recorded after the run). */
    List<String> outputs();

    /** Does the work; per-row problems go to quarantine, not into exceptions. */
    JobResult run(JobContext context);
}
