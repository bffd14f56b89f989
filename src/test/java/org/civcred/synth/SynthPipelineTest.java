package org.civcred.synth;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        SynthCorpus.write(new SynthOptions(480, data.resolve("raw/synth"), 11, 200), null);
        GroundTruth truth = SynthScore.readTruth(data.resolve("raw/synth/ground-truth.json"));
        MirrorPipeline.runPipeline(data, "synth-test");
        Tables tables = new Tables(SharedSpark.get(), data.toString());

        SynthScore.Figures f = SynthScore.score(tables, truth);
        Set<String> documentTypes = new TreeSet<>();
        tables.read("documents").select("host", "page_type").distinct().collectAsList()
                .forEach(r -> documentTypes.add(r.getString(0) + " " + r.getString(1)));
        Set<String> entrySites = new TreeSet<>();
        tables.read("list_entries").select("site", "url").distinct().collectAsList().forEach(r -> entrySites.add(r.getString(0) + " " + kindOf(r.getString(1))));
        long honours = tables.read("documents").filter(col("url").contains("/shouxinhongmingdan/").and(col("page_type").equalTo("article")))
                .count();

        assertEquals(f.plantedAppearances(), f.appearancesExtracted(), "not extracted: " + f.missedAppearances());
        assertTrue(f.persons().precision() >= 0.9, f.persons().line("persons") + " " + f.persons().falsePositives());
        assertTrue(f.persons().recall() >= 0.9, f.persons().line("persons") + " " + f.persons().missed());
        assertTrue(f.persons().distractorHits().isEmpty(), f.persons().distractorHits().toString());
        assertTrue(f.articles().precision() >= 0.9, f.articles().line("articles") + " " + f.articles().falsePositives());
        assertTrue(f.articles().recall() >= 0.9, f.articles().line("articles") + " " + f.articles().missed());

        Set<String> missing = new TreeSet<>(List.of("www.wenming.cn edition-index", "www.wenming.cn person-database",
                "www.tjwenming.cn month-index", "www.tjwenming.cn monthly-list", "www.tjwenming.cn story", "www.tongbai.gov.cn list",
                "www.tongbai.gov.cn release", "hnzmd.wenming.cn article", "wenming xjrw", "tjwenming tjhrb", "tongbai-hhb hhb"));
        missing.removeAll(documentTypes);
        missing.removeAll(entrySites);
        assertEquals(Set.of(), missing, "new kinds missing from documents (" + documentTypes + ") or list entries (" + entrySites + ")");
        assertEquals(10, honours, "守信红名单 articles among the documents");
    }

    /** The path segment that tells the new list kinds apart (xjrw, tjhrb, hhb), or "other". */
    private static String kindOf(String url) {
        for (String kind : List.of("/xjrw/", "/tjhrb/", "/hhb/")) {
            if (url.contains(kind)) {
                return kind.substring(1, kind.length() - 1);
            }
        }
        return "other";
    }
}
