/** overlap_terms: the shared vocabulary of both programmes per family, month and province; versioned term lists. */
package org.civcred.jobs.overlap.terms;
