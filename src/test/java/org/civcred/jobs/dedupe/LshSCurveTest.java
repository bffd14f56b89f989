package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.civcred.config.Settings;
import org.junit.jupiter.api.Test;

/**
 * The chosen bands × rows against the threshold, without timing anything: the S-curve
 * {@code 1 − (1 − s^r)^b} computed, and the same probabilities observed on synthetic set pairs of
 * known Jaccard similarity hashed with the real MinHash family and band keys.
 */
class LshSCurveTest {

    private final DedupeSettings settings = DedupeSettings.from(Settings.defaults());

    @Test
    void theDefaultBandsAndRowsMakeAPairAtTheThresholdACandidateAlmostSurely() {
        double atThreshold = settings.candidateProbability(settings.jaccardThreshold());
        assertTrue(atThreshold >= 0.98, "p(candidate | J = threshold) = " + atThreshold);
        assertTrue(settings.candidateProbability(0.69) >= 0.999, "the least similar republication in the mirror is 0.69");
        assertTrue(settings.candidateProbability(0.2) <= 0.06, "unrelated stories seldom reach the exact check");
    }

    @Test
    void pairsAboveTheThresholdShareABandAndPairsFarBelowItRarelyDo() {
        assertTrue(observedCandidateShare(0.62, 300) >= 0.95);
        assertTrue(observedCandidateShare(0.15, 300) <= 0.08);
    }

    /** Share of {@code pairs} random set pairs of Jaccard {@code j} (1000 elements in the union) that share a band. */
    private double observedCandidateShare(double j, int pairs) {
        MinHasher hasher = new MinHasher(settings.signatureLength());
        SplittableRandom random = new SplittableRandom(7);
        int union = 1000;
        int shared = (int) Math.round(j * union);
        int onlyA = (union - shared) / 2;
        int candidates = 0;
        for (int p = 0; p < pairs; p++) {
            long base = random.nextLong();
            long[] all = LongStream.range(0, union).map(i -> Shingles.fmix64(base + i)).toArray();
            long[] a = LongStream.range(0, shared + onlyA).map(i -> all[(int) i]).sorted().toArray();
            long[] b = LongStream.concat(LongStream.range(0, shared), LongStream.range(shared + onlyA, union))
                    .map(i -> all[(int) i]).sorted().toArray();
            long[] ka = LshBands.keys(hasher.signature(a), settings.bands(), settings.rows());
            long[] kb = LshBands.keys(hasher.signature(b), settings.bands(), settings.rows());
            for (int band = 0; band < ka.length; band++) {
                if (ka[band] == kb[band]) {
                    candidates++;
                    break;
                }
            }
        }
        return (double) candidates / pairs;
    }
}
