package org.civcred.bench;

import java.util.Set;

/**
 * Precision and recall of the pairs a contender found among the sampled documents, against the
 * pairs brute force says reach the threshold. An empty found set has precision 1 (nothing wrong
 * was claimed); an empty truth has recall 1 (nothing was missed).
 */
public record PairScore(int found, int truth, int correct) {

    public static PairScore of(Set<DocPair> found, Set<DocPair> truth) {
        int correct = 0;
        for (DocPair p : found) {
            if (truth.contains(p)) {
                correct++;
            }
        }
        return new PairScore(found.size(), truth.size(), correct);
    }

    public double precision() {
        return found == 0 ? 1.0 : (double) correct / found;
    }

    public double recall() {
        return truth == 0 ? 1.0 : (double) correct / truth;
    }
}
