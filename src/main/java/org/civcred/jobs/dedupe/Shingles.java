package org.civcred.jobs.dedupe;

import java.util.Arrays;
import org.civcred.text.TextNormalizer;

/**
 * Character shingles of a document's matching key, as sorted distinct 64-bit hashes.
 *
 * <p>The text is reduced with {@link TextNormalizer#key} first (simplified, no spaces, no
 * punctuation), so a republication that converts characters to traditional, re-punctuates or
 * re-wraps lines keeps its shingles. Chinese has no word boundaries, so shingles are runs of
 * {@code k} code points rather than words. The hash is FNV-1a followed by the MurmurHash3
 * finaliser, fixed here so that signatures stored in one run compare with those of any later run
 * on any JVM. A text shorter than {@code k} is one shingle; an empty text has none.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** Sorted distinct shingle hashes of {@code TextNormalizer.key(text)}. */
    public static long[] of(String text, int k) {
        return ofKey(TextNormalizer.key(text), k);
    }

    /**
     * Sorted distinct shingle hashes of a text already reduced by {@link TextNormalizer#key}: the same
     * hashes {@link #of} gives for the text it came from. The reduction costs more than the hashing,
     * so code that compares one document many times reduces it once ({@link #matchingKey}).
     */
    public static long[] ofKey(String key, int k) {
        checkSize(k);
        int[] cps = key.codePoints().toArray();
        if (cps.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, cps.length - k + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(cps, i, Math.min(k, cps.length));
        }
        Arrays.sort(hashes);
        return distinctSorted(hashes);
    }

    /** The reduced text of a document's title and body, which its shingles are taken from. */
    public static String matchingKey(String title, String body) {
        return TextNormalizer.key(documentText(title, body));
    }

    /** The title and body as one text, the way documents are compared everywhere. */
    public static String documentText(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays; two empty sets are not similar (0). */
    public static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : (double) common / union;
    }

    static long hash(int[] cps, int from, int length) {
        long h = FNV_OFFSET;
        for (int i = from; i < from + length; i++) {
            int c = cps[i];
            for (int shift = 0; shift < 32; shift += 8) {
                h ^= (c >>> shift) & 0xff;
                h *= FNV_PRIME;
            }
        }
        return fmix64(h);
    }

    /** MurmurHash3's 64-bit finaliser: spreads FNV's weak low bits over the whole word. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static void checkSize(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + k);
        }
    }

    private static long[] distinctSorted(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
