package org.civcred.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.jobs.dedupe.Shingles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference for near-duplicate benchmarks: every pair of a sample whose exact Jaccard
 * similarity of shingle sets reaches the threshold, found by comparing all pairs.
 *
 * <p>Documents are visited in order of shingle count: two sets of sizes m ≤ n cannot reach
 * Jaccard t unless m ≥ t·n, so the inner loop stops at the first partner too large. The result is
 * the same as comparing every pair, only sooner.
 */
public final class JaccardTruth {

    private static final Logger LOG = LoggerFactory.getLogger(JaccardTruth.class);

    private JaccardTruth() {
    }

    private record Doc(String id, long[] shingles) {
    }

    /**
     * @param shingles  sorted distinct shingle hashes per document id ({@link Shingles#of}); empty sets are ignored
     * @param threshold the Jaccard similarity a pair needs
     */
    public static Set<DocPair> pairs(Map<String, long[]> shingles, double threshold) {
        List<Doc> docs = new ArrayList<>();
        shingles.forEach((id, s) -> {
            if (s.length > 0) {
                docs.add(new Doc(id, s));
            }
        });
        docs.sort(Comparator.comparingInt((Doc d) -> d.shingles().length).thenComparing(Doc::id));
        Set<DocPair> out = new HashSet<>();
        long compared = 0;
        long lastLog = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            long[] x = docs.get(i).shingles();
            double largest = x.length / threshold;
            for (int j = i + 1; j < docs.size(); j++) {
                long[] y = docs.get(j).shingles();
                if (y.length > largest) {
                    break;
                }
                compared++;
                if (Shingles.jaccard(x, y) >= threshold) {
                    out.add(new DocPair(docs.get(i).id(), docs.get(j).id()));
                }
            }
            if (System.nanoTime() - lastLog > 5_000_000_000L) {
                LOG.info("exact Jaccard: {} of {} documents, {} pairs compared", i + 1, docs.size(), compared);
                lastLog = System.nanoTime();
            }
        }
        return out;
    }
}
