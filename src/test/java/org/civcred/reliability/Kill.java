package org.civcred.reliability;

/**
 * One SIGKILL that landed: what it was aimed at, what the child was doing when it died, and how
 * far in.
 *
 * @param aimedAt the kill point's target (crawl or a job name)
 * @param hit     the step that was running: crawl, or the job that had not finished yet
 * @param phase   a readable note: requests so far, or time into the job and output commits made
 */
record Kill(String aimedAt, String hit, String phase) {
}
