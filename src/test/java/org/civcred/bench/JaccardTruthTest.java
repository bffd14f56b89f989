package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.civcred.jobs.dedupe.Shingles;
import org.junit.jupiter.api.Test;

class JaccardTruthTest {

    @Test
    void keepsExactlyThePairsAtOrAboveTheThreshold() {
        Map<String, long[]> docs = new LinkedHashMap<>();
        docs.put("a", new long[] {1, 2, 3, 4, 5});
        docs.put("b", new long[] {1, 2, 3, 4, 6});      // J(a,b) = 4/6
        docs.put("c", new long[] {1, 2, 3, 7, 8, 9});   // J(a,c) = 3/8
        docs.put("d", new long[] {1, 2, 3, 4, 5});      // J(a,d) = 1
        docs.put("e", new long[0]);

        assertEquals(Set.of(new DocPair("a", "b"), new DocPair("a", "d"), new DocPair("b", "d")),
                JaccardTruth.pairs(docs, 0.6));
    }

    @Test
    void theSizeBoundSkipsNoPairThatComparingEveryPairWouldKeep() {
        Random random = new Random(7);
        Map<String, long[]> docs = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            Set<Long> set = new HashSet<>();
            int size = 5 + random.nextInt(40);
            while (set.size() < size) {
                set.add((long) random.nextInt(60));
            }
            docs.put("d" + i, set.stream().mapToLong(Long::longValue).sorted().toArray());
        }
        Set<DocPair> everyPair = new HashSet<>();
        for (String x : docs.keySet()) {
            for (String y : docs.keySet()) {
                if (x.compareTo(y) < 0 && Shingles.jaccard(docs.get(x), docs.get(y)) >= 0.5) {
                    everyPair.add(new DocPair(x, y));
                }
            }
        }

        Set<DocPair> found = JaccardTruth.pairs(docs, 0.5);

        assertEquals(everyPair, found);
        assertEquals(true, found.size() > 10, "the random sets give some similar pairs to compare");
    }
}
