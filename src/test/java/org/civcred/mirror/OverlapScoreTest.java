package org.civcred.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapScoreTest {

    private final GroundTruth truth = MirrorSnapshot.standard().groundTruth();

    private static List<String> urls(List<GroundTruth.Appearance> appearances, String family) {
        return appearances.stream().filter(a -> a.family().equals(family)).map(GroundTruth.Appearance::url).toList();
    }

    @Test
    void theGroundTruthItselfScoresPerfectly() {
        List<OverlapScore.PersonPair> pairs = truth.persons().stream().map(p -> new OverlapScore.PersonPair(p.name(),
                urls(p.appearances(), "civilization"), urls(p.appearances(), "credit"))).toList();
        OverlapScore.Result persons = OverlapScore.persons(truth, pairs);
        assertEquals(1.0, persons.precision());
        assertEquals(1.0, persons.recall());

        List<OverlapScore.ArticleMember> members = new ArrayList<>();
        truth.articles().forEach(c -> c.members().forEach(m -> members.add(new OverlapScore.ArticleMember(c.id(), m.url(), m.family()))));
        OverlapScore.Result articles = OverlapScore.articles(truth, members);
        assertEquals(1.0, articles.precision());
        assertEquals(1.0, articles.recall());
        assertTrue(articles.distractorHits().isEmpty());
    }

    @Test
    void aPairOfADistractorIsAFalsePositiveAndADistractorHit() {
        GroundTruth.Distractor d = truth.distractors().get(0);
        GroundTruth.Person victim = truth.persons().stream()
                .filter(p -> d.mustNotMatch().contains(p.id())).findFirst().orElse(truth.persons().get(0));
        List<String> distractorUrls = d.appearances().stream().map(GroundTruth.Appearance::url).toList();
        OverlapScore.Result r = OverlapScore.persons(truth, List.of(new OverlapScore.PersonPair(d.name(),
                distractorUrls, urls(victim.appearances(), "credit"))));
        assertEquals(0, r.correct());
        assertFalse(r.distractorHits().isEmpty(), r.falsePositives().toString());
    }
    @Test
    void articlePairsOfAClusterAreCountedAsCivilizationTimesCreditMembersWithoutListingThemAll() {
        GroundTruth.ArticleCluster planted = truth.articles().get(0);
        String cluster = planted.id();
        List<OverlapScore.ArticleMember> members = new ArrayList<>();
        planted.members().forEach(m -> members.add(new OverlapScore.ArticleMember(cluster, m.url(), m.family())));
        long civ = planted.members().stream().filter(m -> m.family().equals("civilization")).count();
        long credit = planted.members().size() - civ;
        int strangers = 3 * OverlapScore.EXAMPLES;  // unrelated credit pages put in the same cluster
        for (int i = 0; i < strangers; i++) {
            members.add(new OverlapScore.ArticleMember(cluster, "https://www.creditchina.gov.cn/x/" + i + ".html", "credit"));
        }
        OverlapScore.Result r = OverlapScore.articles(truth, members);
        assertEquals(civ * (credit + strangers), r.predicted());
        assertEquals(civ * credit, r.correct());
        assertEquals(civ * strangers, r.wrong());
        assertEquals(OverlapScore.EXAMPLES, r.falsePositives().size(), "wrong pairs are kept as examples only");
    }
}
