package org.civcred.jobs.overlap.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossMentionPhrasesTest {

    private final CrossMentionPhrases phrases = CrossMentionPhrases.standard();

    private List<String> found(String family, String title, String body) {
        return phrases.scan(family, title, body).stream().map(CrossMentionPhrases.Match::phrase).toList();
    }

    @Test
    void theShippedListIsVersionedAndNamesBothProgrammes() {
        assertEquals("2026.11.1", phrases.version());
        assertEquals(4, phrases.phrases().stream().filter(p -> p.direction().equals("credit")).count());
        assertEquals(6, phrases.phrases().stream().filter(p -> p.direction().equals("civilization")).count());
    }

    @Test
    void aCreditPageNamingTheNationalTitleReportsTheNestedPhrasesToo() {
        assertEquals(List.of("创建全国文明城市", "全国文明城市"), found("credit", "南阳市以信用建设助力创建全国文明城市", "正文。"));
    }

    @Test
    void onlyTheOtherProgrammesPhrasesCount() {
        assertEquals(List.of(), found("civilization", "创建全国文明城市推进会", "我市创建全国文明城市。"));
        assertEquals(List.of(), found("credit", "信用体系建设", "社会信用体系"));
        assertEquals(List.of(), found(null, "创建全国文明城市", ""));
    }

    @Test
    void traditionalCharactersAreMatchedAndTheSnippetStaysWithinThirtyCharactersOfThePhrase() {
        String body = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五"
                + "推進社會信用體系建設" + "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙";
        List<CrossMentionPhrases.Match> matches = phrases.scan("civilization", "標題", body);
        assertEquals(List.of("信用体系建设", "社会信用体系"), matches.stream().map(CrossMentionPhrases.Match::phrase).toList());
        String snippet = matches.get(1).snippet();
        assertTrue(snippet.contains("社會信用體系"), "the snippet keeps the page's own script: " + snippet);
        assertEquals(6 + 2 * CrossMentionPhrases.SNIPPET_RADIUS, snippet.length());
        assertEquals("credit", matches.get(0).program());
    }
}
