package org.civcred.jobs.overlap.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.civcred.jobs.overlap.MirrorDocuments;
import org.civcred.jobs.overlap.MirrorPipeline;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.OverlapScore;
import org.junit.jupiter.api.Test;

class OverlapArticlesMirrorTest {

    private final List<Row> rows = MirrorPipeline.get().table("overlap_articles").collectAsList();

    @Test
    void theMirrorsRepublishedArticlesAreFoundWithPrecisionAndRecallOfAtLeast95PercentAndNoTemplatePair() {
        List<OverlapScore.ArticleMember> members = rows.stream().map(r -> new OverlapScore.ArticleMember(
                r.getAs("cluster_id"), r.getAs("url"), r.getAs("family"))).toList();
        OverlapScore.Result score = OverlapScore.articles(MirrorDocuments.truth(), members);
        assertTrue(score.precision() >= 0.95, score.line("overlap_articles") + " " + score.falsePositives());
        assertTrue(score.recall() >= 0.95, score.line("overlap_articles") + " " + score.missed());
        assertEquals(List.of(), score.distractorHits());
    }

    @Test
    void eachClusterStartsWithTheOriginalAndGivesEveryRepublicationItsLagAndSimilarity() {
        Map<String, List<Row>> byCluster = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("cluster_id"),
                TreeMap::new, Collectors.toList()));
        for (GroundTruth.ArticleCluster truth : MirrorDocuments.truth().articles()) {
            String origin = truth.members().get(0).url();
            List<Row> cluster = byCluster.values().stream()
                    .filter(c -> c.stream().anyMatch(r -> origin.equals(r.getAs("url")))).findFirst().orElseThrow();
            Row first = cluster.stream().filter(r -> r.<Boolean>getAs("is_first")).findFirst().orElseThrow();
            assertEquals(origin, first.getAs("url"), truth.id());
            assertEquals(truth.members().get(0).family(), first.getAs("first_family"), truth.id());
            Set<String> urls = cluster.stream().map(r -> r.<String>getAs("url")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(truth.members().stream().map(GroundTruth.Member::url).collect(Collectors.toCollection(TreeSet::new)),
                    urls, truth.id());
            for (Row r : cluster) {
                GroundTruth.Member m = truth.members().stream().filter(x -> x.url().equals(r.getAs("url"))).findFirst().orElseThrow();
                long lag = java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.parse(truth.members().get(0).date()), java.time.LocalDate.parse(m.date()));
                assertEquals(lag, r.<Integer>getAs("lag_days").longValue(), truth.id() + " " + m.url());
                double jaccard = r.getAs("jaccard");
                assertTrue(jaccard >= 0.6 && jaccard <= 1.0, truth.id() + " jaccard " + jaccard);
            }
        }
    }
}
