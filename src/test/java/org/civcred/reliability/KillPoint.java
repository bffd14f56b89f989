package org.civcred.reliability;

/**
 * Where one SIGKILL is aimed: the crawl or a job by name, at a fraction of that step's length in the
 * uninterrupted run (requests for the crawl, elapsed time for a job).
 */
record KillPoint(String target, double fraction) {

    static final String CRAWL = "crawl";

    boolean crawl() {
        return CRAWL.equals(target);
    }
}
