package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    @Test
    void twoHashersOfTheSameSizeGiveTheSameSignature() {
        long[] set = LongStream.range(0, 500).map(i -> i * 7919).toArray();
        assertArrayEquals(new MinHasher(128).signature(set), new MinHasher(128).signature(set));
    }

    @Test
    void theFamilyIsFixedAcrossRunsAndMachines() {
        // Stored signatures stay comparable only while these values never change.
        assertArrayEquals(new long[] {1359067001988479338L, 543886268250201966L, 224865086965475322L, 160380015353328143L},
                new MinHasher(4).signature(new long[] {42L}));
    }

    @Test
    void eachFunctionIsAffineModuloTheMersennePrime() {
        MinHasher h = new MinHasher(8);
        BigInteger p = BigInteger.valueOf(MinHasher.PRIME);
        SplittableRandom random = new SplittableRandom(1);
        long[] zeroSig = h.signature(new long[] {0L});
        for (int trial = 0; trial < 2000; trial++) {
            long x = random.nextLong(MinHasher.PRIME);
            for (int i = 0; i < 8; i++) {
                BigInteger b = BigInteger.valueOf(zeroSig[i]);
                BigInteger a = BigInteger.valueOf(h.apply(i, 1)).subtract(b).mod(p);
                long expected = a.multiply(BigInteger.valueOf(x)).add(b).mod(p).longValueExact();
                assertEquals(expected, h.apply(i, x));
            }
        }
    }

    @Test
    void theShareOfEqualPositionsEstimatesTheJaccardSimilarity() {
        MinHasher h = new MinHasher(256);
        // 600 shared of 1000 in the union: Jaccard 0.6.
        long[] a = LongStream.range(0, 800).map(i -> i * 2654435761L).toArray();
        long[] b = LongStream.range(200, 1000).map(i -> i * 2654435761L).toArray();
        long[] sa = h.signature(a);
        long[] sb = h.signature(b);
        int equal = 0;
        for (int i = 0; i < sa.length; i++) {
            equal += sa[i] == sb[i] ? 1 : 0;
        }
        double estimate = equal / 256.0;
        assertTrue(Math.abs(estimate - 0.6) < 0.12, "estimate " + estimate);
    }

    @Test
    void anEmptySetMatchesNothing() {
        long[] sig = new MinHasher(4).signature(new long[0]);
        assertTrue(Arrays.stream(sig).allMatch(v -> v == Long.MAX_VALUE));
    }
}
