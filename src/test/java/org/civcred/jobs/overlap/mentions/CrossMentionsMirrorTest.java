package org.civcred.jobs.overlap.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.civcred.jobs.overlap.MirrorDocuments;
import org.civcred.jobs.overlap.MirrorPipeline;
import org.junit.jupiter.api.Test;

class CrossMentionsMirrorTest {

    private final List<Row> rows = MirrorPipeline.get().table("cross_mentions").collectAsList();

    @Test
    void theCrossMentionsAreExactlyTheGroundTruthsUrlAndPhrasePairs() {
        Set<String> expected = MirrorDocuments.truth().crossMentions().stream()
                .map(m -> m.url() + " " + m.family() + " " + m.phrase()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = rows.stream().map(r -> r.getAs("url") + " " + r.getAs("family") + " " + r.getAs("phrase"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
        assertEquals(expected.size(), rows.size(), "one row per (document, phrase)");
    }

    @Test
    void everyMentionNamesTheOtherProgrammeAndCarriesASnippetAroundThePhrase() {
        for (Row r : rows) {
            String phrase = r.getAs("phrase");
            String snippet = r.getAs("snippet");
            assertTrue(snippet.contains(phrase), snippet);
            assertTrue(snippet.length() <= phrase.length() + 2 * CrossMentionPhrases.SNIPPET_RADIUS, snippet);
            assertEquals("credit".equals(r.getAs("family")) ? "civilization" : "credit", r.getAs("mentions_program"));
        }
    }
}
