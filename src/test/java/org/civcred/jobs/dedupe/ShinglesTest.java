package org.civcred.jobs.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void aTextOfNCharactersHasNMinusKPlusOneShinglesWhenNoneRepeats() {
        assertEquals(6, Shingles.of("张秀英孝老爱亲十年", 4).length);
    }

    @Test
    void repeatedShinglesAreCountedOnceAndTheSetIsSorted() {
        long[] s = Shingles.of("好人好人好人好人", 2);
        assertEquals(2, s.length, "好人 and 人好");
        assertEquals(true, s[0] < s[1]);
    }

    @Test
    void traditionalCharactersPunctuationAndSpacesDoNotChangeTheShingles() {
        assertArrayEquals(Shingles.of("刘桂兰，女，助人为乐。", 3), Shingles.of("劉桂蘭 女 助人為樂", 3));
    }

    @Test
    void aTextShorterThanKIsOneShingleAndAnEmptyTextHasNone() {
        assertEquals(1, Shingles.of("好人", 5).length);
        assertEquals(0, Shingles.of("  ，。", 5).length);
        assertThrows(IllegalArgumentException.class, () -> Shingles.of("好人", 0));
    }

    @Test
    void theShingleHashIsFixedAcrossRunsAndMachines() {
        // Stored signatures stay comparable only while this value never changes.
        assertEquals(-6_559_142_934_687_306_043L, Shingles.of("中国好人榜", 5)[0]);
    }

    @Test
    void theShinglesOfADocumentsMatchingKeyAreTheShinglesOfItsTitleAndBody() {
        String title = "劉桂蘭：十年如一日照顧癱瘓婆婆";
        String body = "刘桂兰，女，1962年3月生，河南省南阳市桐柏县城关镇居民。\n 她十年如一日，悉心照料瘫痪在床的婆婆。";
        String key = Shingles.matchingKey(title, body);
        assertArrayEquals(Shingles.of(Shingles.documentText(title, body), 5), Shingles.ofKey(key, 5));
        assertEquals(false, key.contains("，") || key.contains(" "), key);
        assertArrayEquals(new long[0], Shingles.ofKey("", 5));
        assertThrows(IllegalArgumentException.class, () -> Shingles.ofKey("好人", 0));
    }

    @Test
    void jaccardIsIntersectionOverUnion() {
        long[] a = {1, 2, 3, 4};
        long[] b = {3, 4, 5, 6, 7, 8};
        assertEquals(2.0 / 8.0, Shingles.jaccard(a, b), 1e-12);
        assertEquals(1.0, Shingles.jaccard(a, a), 1e-12);
        assertEquals(0.0, Shingles.jaccard(a, new long[] {9}), 1e-12);
        assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]), 1e-12);
    }
}
