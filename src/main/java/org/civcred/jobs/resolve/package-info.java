/**
 * Entity resolution within each family: list entries that name the same person or organisation become
 * one row of {@code entities}, with all their appearances.
 */
package org.civcred.jobs.resolve;
