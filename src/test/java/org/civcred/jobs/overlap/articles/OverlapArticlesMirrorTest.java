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
        long t0 = System.nanoTime();
        JobContext context = JobFixtures.context(dir, "run-1");
        MirrorDocuments.rows();
        long t1 = System.nanoTime();
        context.tables().append("documents", MirrorDocuments.frame(context.spark()), "extract");
        long t2 = System.nanoTime();
        new DedupeJob().run(context);
        long t3 = System.nanoTime();
        new OverlapArticlesJob().run(context);
        long t4 = System.nanoTime();
        System.out.printf("TIMING fixture %d merge %d dedupe %d articles %d%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000);

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
