/**
 * Reliability harnesses and their figures: the crash-safety harness kills the crawl and every
 * Spark job with SIGKILL at seeded random points, reruns until each completes, and compares the
 * resulting data directory with an uninterrupted run; {@link org.civcred.reliability.ReliabilityFigures}
 * turns every part's {@code target/reliability/*.json} into the figures table.
 */
package org.civcred.reliability;
