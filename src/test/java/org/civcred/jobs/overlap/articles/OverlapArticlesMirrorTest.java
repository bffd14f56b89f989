package org.civcred.jobs.overlap.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.dedupe.DedupeJob;
import org.civcred.jobs.overlap.JobFixtures;
import org.civcred.jobs.overlap.MirrorDocuments;
import org.civcred.mirror.OverlapScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlapArticlesMirrorTest {

    @TempDir
    Path dir;

    @Test
    void theMirrorsRepublishedArticlesAreFoundWithoutTheSameTemplatePairs() {
        JobContext context = JobFixtures.context(dir, "run-1");
        context.tables().merge("documents", MirrorDocuments.frame(context.spark()), "extract", true);
        new DedupeJob().run(context);
        new OverlapArticlesJob().run(context);

        List<Row> rows = context.tables().read("overlap_articles").collectAsList();
        List<OverlapScore.ArticleMember> members = rows.stream().map(r -> new OverlapScore.ArticleMember(
                r.getAs("cluster_id"), r.getAs("url"), r.getAs("family"))).toList();
        OverlapScore.Result score = OverlapScore.articles(MirrorDocuments.truth(), members);
        System.out.println(score.line("overlap_articles") + " fp=" + score.falsePositives() + " missed=" + score.missed());
        assertTrue(score.precision() >= 0.95, score.line("articles") + score.falsePositives());
        assertTrue(score.recall() >= 0.95, score.line("articles") + score.missed());
        assertEquals(List.of(), score.distractorHits());
    }
}
