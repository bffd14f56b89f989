/**
 * {@code overlap_persons}: civilization entities matched to credit entities with Fellegi–Sunter weights,
 * a term-frequency adjustment on the name, and the evidence of every match.
 */
package org.civcred.jobs.overlap.persons;
