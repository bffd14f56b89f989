package org.civcred.jobs.dedupe;

import java.io.Serializable;

/**
 * A fixed, seeded family of {@code n} hash functions {@code h_i(x) = (a_i·x + b_i) mod p} over
 * 64-bit shingle hashes, with {@code p = 2^61 − 1} (a Mersenne prime, so the reduction is two
 * shifts and an add). The coefficients come from a SplitMix64 sequence started at a constant
 * seed, written out here rather than taken from a JDK generator, so a signature stored by one
 * release compares with one computed years later on another JVM. The MinHash signature of a set
 * is the minimum of each function over the set: two sets agree on a position with probability
 * equal to their Jaccard similarity.
 */
public final class MinHasher implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 2^61 − 1. */
    static final long PRIME = (1L << 61) - 1;
    /** The family's seed. Changing it invalidates every stored signature. */
    static final long SEED = 0x6369766372656431L;

    private final long[] a;
    private final long[] b;

    public MinHasher(int functions) {
        if (functions < 1) {
            throw new IllegalArgumentException("at least one hash function: " + functions);
        }
        a = new long[functions];
        b = new long[functions];
        long state = SEED;
        for (int i = 0; i < functions; i++) {
            long ai;
            do {
                state += 0x9e3779b97f4a7c15L;
                ai = splitMix(state) & PRIME;
            } while (ai == 0 || ai == PRIME);
            state += 0x9e3779b97f4a7c15L;
            long bi = splitMix(state) & PRIME;
            a[i] = ai;
            b[i] = bi == PRIME ? 0 : bi;
        }
    }

    public int size() {
        return a.length;
    }

    /** The signature of a shingle set; an empty set gets all {@code Long.MAX_VALUE} (matches nothing real). */
    public long[] signature(long[] shingles) {
        long[] sig = new long[a.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long shingle : shingles) {
            long x = reduce((shingle & PRIME) + (shingle >>> 61));
            for (int i = 0; i < a.length; i++) {
                long h = apply(i, x);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** {@code (a_i·x + b_i) mod p} for {@code 0 ≤ x < p}. */
    long apply(int i, long x) {
        long lo = a[i] * x;
        long hi = Math.multiplyHigh(a[i], x);
        // a·x = hi·2^64 + lo = q·2^61 + r, and 2^61 ≡ 1 (mod p).
        long r = lo & PRIME;
        long q = (hi << 3) | (lo >>> 61);
        return reduce(reduce(q + r) + b[i]);
    }

    private static long reduce(long x) {
        long s = (x & PRIME) + (x >>> 61);
        return s >= PRIME ? s - PRIME : s;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
