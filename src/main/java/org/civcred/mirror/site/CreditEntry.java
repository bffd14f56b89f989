package org.civcred.mirror.site;

/**
 * One row of a credit-side red or black list (filler included), for the per-city counts.
 *
 * @param kind    red or black
 * @param govBody whether the listed party is a government body
 */
public record CreditEntry(String kind, String regionCode, boolean govBody, String requestKey, String name) {
}
