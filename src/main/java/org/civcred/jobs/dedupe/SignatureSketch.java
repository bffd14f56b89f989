package org.civcred.jobs.dedupe;

import java.util.List;

/**
 * A MinHash signature cut to its lowest byte per function (b-bit MinHash with b = 8): 128 bytes
 * instead of 128 longs, small enough to travel with each document into every LSH bucket it falls
 * in, so a candidate pair can be pre-checked where it is formed instead of joining both full
 * signatures onto millions of pairs.
 *
 * <p>Two equal minima give equal bytes; two different ones still agree in their low byte with
 * probability 1/256. The share of equal bytes E therefore estimates J + (1 − J)/256, and
 * {@code (E − 1/256) / (1 − 1/256)} estimates J without bias.
 */
public final class SignatureSketch {

    private static final double CHANCE = 1.0 / 256;

    private SignatureSketch() {
    }

    public static byte[] of(List<Long> minhash) {
        byte[] sketch = new byte[minhash.size()];
        for (int i = 0; i < sketch.length; i++) {
            sketch[i] = (byte) minhash.get(i).longValue();
        }
        return sketch;
    }

    /** The Jaccard estimate of two sketches of the same functions; 0 for empty or mismatched ones. */
    public static double estimate(byte[] a, byte[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return ((double) equal / a.length - CHANCE) / (1 - CHANCE);
    }

    /** Whether the pair's estimate is within the pre-check's margin of the threshold (see {@link PairSimilarity}). */
    public static boolean plausible(byte[] a, byte[] b, double threshold) {
        return threshold <= 0 || estimate(a, b) >= PairSimilarity.lowestEstimate(threshold, a.length);
    }
}
