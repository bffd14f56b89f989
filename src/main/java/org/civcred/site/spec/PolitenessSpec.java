package org.civcred.site.spec;

/**
 * Pacing for the profile's hosts.
 *
 * @param delay time between two requests to one host, such as {@code 3s} or {@code 60s};
 *              null leaves the crawler's default. The crawler still enforces its live-host floor.
 */
public record PolitenessSpec(String delay) {
}
