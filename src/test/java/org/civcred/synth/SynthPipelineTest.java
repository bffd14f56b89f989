package org.civcred.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civcred.mirror.GroundTruth;
import org.civcred.tables.Tables;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One block of the synthetic corpus through the real pipeline, scored against its own ground truth. */
class SynthPipelineTest {

    @Test
    void theRealPipelineFindsThePlantedPersonsArticlesAndNoDistractor(@TempDir Path data) {
        SynthCorpus.write(new SynthOptions(450, data.resolve("raw/synth"), 11, 200), null);
        GroundTruth truth = SynthScore.readTruth(data.resolve("raw/synth/ground-truth.json"));
        MirrorPipeline.runPipeline(data, "synth-test");

        SynthScore.Figures f = SynthScore.score(new Tables(SharedSpark.get(), data.toString()), truth);

        assertEquals(f.plantedAppearances(), f.appearancesExtracted(), "not extracted: " + f.missedAppearances());
        assertTrue(f.persons().precision() >= 0.9, f.persons().line("persons") + " " + f.persons().falsePositives());
        assertTrue(f.persons().recall() >= 0.9, f.persons().line("persons") + " " + f.persons().missed());
        assertTrue(f.persons().distractorHits().isEmpty(), f.persons().distractorHits().toString());
        assertTrue(f.articles().precision() >= 0.9, f.articles().line("articles") + " " + f.articles().falsePositives());
        assertTrue(f.articles().recall() >= 0.9, f.articles().line("articles") + " " + f.articles().missed());
    }
}
