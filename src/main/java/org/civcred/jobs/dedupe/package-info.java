/** Exact and near-duplicate documents: MinHash signatures kept in Delta, LSH bands, exact Jaccard, components. */
package org.civcred.jobs.dedupe;
