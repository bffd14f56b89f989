package org.civcred.jobs.dedupe;

/**
 * Cuts a MinHash signature into {@code bands} bands of {@code rows} values and hashes each band to
 * one bucket key. Two documents become a candidate pair when any band's key is equal, which happens
 * with probability {@code 1 − (1 − J^rows)^bands} for Jaccard {@code J} (the S-curve). Keys are
 * tagged with the band index, so equal values in different bands never collide.
 */
public final class LshBands {

    private LshBands() {
    }

    /** One key per band; the signature's length must be {@code bands × rows}. */
    public static long[] keys(long[] signature, int bands, int rows) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values, expected " + bands * rows);
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Shingles.fmix64(band + 0x51ed270b27f6f1e5L);
            for (int r = 0; r < rows; r++) {
                h = Shingles.fmix64(h ^ signature[band * rows + r]) + r;
            }
            keys[band] = h;
        }
        return keys;
    }
}
