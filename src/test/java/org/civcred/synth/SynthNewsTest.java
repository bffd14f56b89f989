package org.civcred.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civcred.jobs.dedupe.Shingles;
import org.civcred.mirror.content.NameBook;
import org.civcred.mirror.content.NewsWriter;
import org.civcred.mirror.content.Pools;
import org.civcred.mirror.content.Region;
import org.civcred.mirror.content.Text;
import org.junit.jupiter.api.Test;

class SynthNewsTest {

    private static final Pools POOLS = Pools.standard();

    @Test
    void everyTemplateRendersWithNoSlotOrChoiceLeft() {
        SynthNews.Templates t = SynthNews.Templates.standard();
        Random random = new Random(1);
        SynthNews news = news(t, random);
        for (NewsWriter.Kind kind : NewsWriter.Kind.values()) {
            // Enough items that every template is drawn many times over.
            for (int i = 0; i < 400; i++) {
                Text text = news.write(kind, region(random), LocalDate.of(2024, 1 + i % 12, 1 + i % 28), null, i % 2 == 0 ? "诚信建设" : null);
                String all = text.title() + String.join("", text.paragraphs());
                assertFalse(all.matches("(?s).*[\\[\\]{}|].*"), "a slot or choice was left in: " + all);
                assertTrue(text.paragraphs().size() >= 3, all);
                if (i % 2 == 0) {
                    assertTrue(text.paragraphs().get(1).contains("诚信建设"), "the phrase goes into the second paragraph: " + all);
                }
            }
        }
    }

    /**
     * Unrelated items must not look alike: at a million pages the pairs of items of one family number
     * in the tens of billions, so even a rare chance near duplicate, or a common pair that the dedupe
     * sketch makes a candidate, swamps the planted ones. Measured at 1,200 items: most alike 0.17
     * (credit) and 0.19 (civilization), candidate chance 6e-5 and 1.1e-4; the mirror's writer gives
     * 0.60 and 0.049.
     */
    @Test
    void unrelatedItemsOfOneFamilyShareLittleText() {
        for (NewsWriter.Kind kind : NewsWriter.Kind.values()) {
            Random random = new Random(kind.ordinal() + 7);
            SynthNews news = news(SynthNews.Templates.standard(), random);
            Stats s = pairwise(n -> news.write(kind, region(random), day(random), null, null));
            assertTrue(s.max < 0.3, kind + ": the most alike of " + s.pairs + " pairs has Jaccard " + s.max);
            assertTrue(s.candidateRate < 2e-4, kind + ": a pair is a dedupe candidate with probability " + s.candidateRate);
        }
    }

    /** The mirror's writer, for contrast: fine for a few hundred pages, not for a million. */
    @Test
    void theMirrorsWriterRepeatsItselfWhichIsWhySynthHasItsOwn() {
        Random random = new Random(7);
        NewsWriter news = new NewsWriter(POOLS, random);
        Stats s = pairwise(n -> news.write(NewsWriter.Kind.CREDIT, region(random), day(random), null, null));
        assertTrue(s.candidateRate > 1e-3, "candidate rate " + s.candidateRate);
    }

    private record Stats(long pairs, double max, double mean, double candidateRate) { }

    /** Exact Jaccard of every pair of 1,200 items, and the chance each pair is an LSH candidate. */
    private static Stats pairwise(java.util.function.IntFunction<Text> writer) {
        int n = 1_200;
        List<long[]> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Text t = writer.apply(i);
            sets.add(Shingles.ofKey(Shingles.matchingKey(t.title(), String.join("\n", t.paragraphs())), 5));
        }
        long pairs = 0;
        double max = 0;
        double sum = 0;
        double candidates = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double jac = Shingles.jaccard(sets.get(i), sets.get(j));
                pairs++;
                max = Math.max(max, jac);
                sum += jac;
                // The default sketch: 32 bands of 4 rows.
                candidates += 1 - Math.pow(1 - Math.pow(jac, 4), 32);
            }
        }
        Stats s = new Stats(pairs, max, sum / pairs, candidates / pairs);
        System.out.println("pairwise " + s);
        return s;
    }

    private static SynthNews news(SynthNews.Templates templates, Random random) {
        return new SynthNews(POOLS, new NameBook(POOLS, random, Set.of()), templates, random);
    }

    private static Region region(Random random) {
        return POOLS.regions().get(random.nextInt(POOLS.regions().size()));
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
