package org.civcred.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the crash harness runs.
 *
 * @param kills       SIGKILLs to aim, dealt over the crawl and every job
 * @param seed        seed of the kill points
 * @param work        directory for the two data directories and the child logs
 * @param targets     the jobs kills are aimed at besides the crawl, in pipeline order
 * @param sites       site profiles to crawl from the mirror; empty for all of them
 * @param sparkMaster Spark master of the child jobs
 * @param jobEstimate how long a job counts as taking until the uninterrupted run has timed it
 * @param stepTimeout longest a child may take for one step before the harness gives up
 * @param command     the command line recorded in the JSON figures
 */
record CrashOptions(int kills, long seed, Path work, List<String> targets, List<String> sites, String sparkMaster, Duration jobEstimate, Duration stepTimeout,
                    String command) {
}
