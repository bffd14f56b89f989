package org.civcred.bench;

import java.util.Set;

/**
 * One contender's near-duplicate run: documents in, wall seconds from texts to pairs, pairs found
 * over all documents, and the found pairs whose two documents are both in the sample.
 */
public record DedupeRun(String contender, long documents, double seconds, long pairs, Set<DocPair> inSample) {
}
