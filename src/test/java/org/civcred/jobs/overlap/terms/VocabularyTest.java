package org.civcred.jobs.overlap.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    private List<String> found(String title, String body) {
        return vocabulary.foundIn(title, body).stream().map(Vocabulary.Term::term).toList();
    }

    @Test
    void theShippedListCoversTheFourGroupsWithTheTwelveValuesAndTheFiveCategories() {
        Set<String> groups = vocabulary.terms().stream().map(Vocabulary.Term::group).collect(Collectors.toSet());
        assertEquals(Set.of("core-values", "good-people", "uncivilized", "credit-mechanism"), groups);
        assertEquals(13, vocabulary.terms().stream().filter(t -> t.group().equals("core-values")).count(), "12 values and their name");
        assertEquals(5, vocabulary.terms().stream().filter(t -> t.group().equals("good-people")).count());
        assertTrue(vocabulary.version().matches("\\d{4}\\.\\d+\\.\\d+"));
    }

    @Test
    void aVariantCountsForItsTermAndTraditionalOrSpacedTextStillMatches() {
        assertEquals(List.of("孝老爱亲"), found("孝老敬亲好榜样", null));
        assertEquals(List.of("敬业", "敬业奉献"), found(null, "她爱岗敬业三十年"));
        assertEquals(List.of("诚信", "信用修复"), found("誠 信建設", "企业完成信用修复"));
    }

    @Test
    void aTermIsFoundOnceHoweverOftenItIsRepeated() {
        assertEquals(List.of("闯红灯"), found("闯红灯", "闯红灯，闯红灯"));
    }

    @Test
    void aTermListedTwiceIsAnError() {
        Vocabulary.Term t = new Vocabulary.Term("core-values", "诚信", List.of("诚信"));
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary("1", List.of(t, t)));
    }
}
