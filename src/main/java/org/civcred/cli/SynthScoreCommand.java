package org.civcred.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.jobs.SparkSessions;
import org.civcred.mirror.GroundTruth;
import org.civcred.synth.SynthScore;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores the overlap tables of a data directory against a synthetic corpus's ground truth. */
@Command(name = "synth-score", mixinStandardHelpOptions = true,
        description = {"Score overlap_persons, overlap_articles and list_entries of a run against a ground-truth.json.",
            "Example: bin/civcred synth-score --data /tmp/d --truth /tmp/synth-10k/ground-truth.json"})
final class SynthScoreCommand implements Callable<Integer> {

    private static final int SHOWN = 10;

    @Mixin
    CommonOptions common;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "ground-truth.json written by synth.")
    Path truthFile;

    @Override
    public Integer call() {
        GroundTruth truth = SynthScore.readTruth(truthFile);
        SparkSession spark = SparkSessions.create("civcred synth-score", common.settings());
        SynthScore.Figures f = SynthScore.score(new Tables(spark, common.data), truth);
        System.out.println(f.persons().line("overlap_persons vs ground truth"));
        System.out.println(f.articles().line("overlap_articles vs ground truth"));
        System.out.println(f.appearancesLine());
        show("  person pair not in the ground truth: ", f.persons().falsePositives(), f.persons().wrong());
        show("  person missed: ", f.persons().missed());
        show("  article pair not in the ground truth: ", f.articles().falsePositives(), f.articles().wrong());
        show("  article pair missed: ", f.articles().missed());
        show("  appearance not extracted: ", f.missedAppearances());
        show("  distractor matched: ", f.persons().distractorHits());
        return 0;
    }

    private static void show(String prefix, List<String> lines) {
        show(prefix, lines, lines.size());
    }

    /** The first lines, then how many more there are of {@code total} (lines may hold only examples). */
    private static void show(String prefix, List<String> lines, long total) {
        lines.stream().limit(SHOWN).forEach(l -> System.out.println(prefix + l));
        long shown = Math.min(SHOWN, lines.size());
        if (total > shown) {
            System.out.println(prefix + "… and " + (total - shown) + " more");
        }
    }
}
