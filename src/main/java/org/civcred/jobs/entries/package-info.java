/**
 * Normalising list entries: turning an extractor's raw person and organisation records (and the person a
 * 好人 story or an honour announcement is about) into the columns of {@code list_entries}. Pure Java,
 * used by {@link org.civcred.jobs.extract.ListEntryMapper} inside the extract job.
 */
package org.civcred.jobs.entries;
