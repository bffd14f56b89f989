package org.civcred.synth;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.civcred.config.Errors;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.OverlapScore;
import org.civcred.tables.Tables;
import org.civcred.text.NameNormalizer;

/**
 * Scores a pipeline run over a synthetic corpus against its {@code ground-truth.json}: the gold
 * overlap tables with {@link OverlapScore}, and how many planted appearances (persons and
 * distractors) came out of extraction as a list entry with the right name on the right page.
 */
public final class SynthScore {

    /** The figures of one scoring. */
    public record Figures(OverlapScore.Result persons, OverlapScore.Result articles, int plantedAppearances,
                          int appearancesExtracted, List<String> missedAppearances) {

        public String appearancesLine() {
            return String.format("planted appearances extracted as list entries: %d of %d (%.3f)", appearancesExtracted,
                    plantedAppearances, plantedAppearances == 0 ? 0.0 : (double) appearancesExtracted / plantedAppearances);
        }
    }

    private SynthScore() {
    }

    public static GroundTruth readTruth(Path file) {
        try {
            return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(file.toFile(), GroundTruth.class);
        } catch (IOException e) {
            throw Errors.badInput("Cannot read the ground truth " + file + " (" + e.getMessage() + ")",
                    "Give the ground-truth.json that bin/civcred synth wrote", e);
        }
    }

    public static Figures score(Tables tables, GroundTruth truth) {
        List<OverlapScore.PersonPair> pairs = tables.read("overlap_persons").select("name", "civ_urls", "credit_urls")
                .collectAsList().stream()
                .map(r -> new OverlapScore.PersonPair(r.getString(0), r.<String>getList(1), r.<String>getList(2))).toList();
        List<OverlapScore.ArticleMember> members = tables.read("overlap_articles").select("cluster_id", "url", "family")
                .collectAsList().stream()
                .map(r -> new OverlapScore.ArticleMember(r.getString(0), r.getString(1), r.getString(2))).toList();
        List<String[]> planted = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GroundTruth.Person p : truth.persons()) {
            p.appearances().forEach(a -> planted.add(new String[] {a.url(), NameNormalizer.normalize(a.nameAsWritten())}));
        }
        for (GroundTruth.Distractor d : truth.distractors()) {
            d.appearances().forEach(a -> planted.add(new String[] {a.url(), NameNormalizer.normalize(a.nameAsWritten())}));
        }
        planted.forEach(a -> names.add(a[1]));
        Set<String> extracted = new HashSet<>();
        // Only the rows of planted names reach the driver: a small, bounded share of list_entries.
        for (Row r : tables.read("list_entries").filter(col("name_norm").isin(names.toArray()))
                .select("url", "name_norm").distinct().collectAsList()) {
            extracted.add(r.getString(0) + " " + r.getString(1));
        }
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (String[] a : planted) {
            if (extracted.contains(a[0] + " " + a[1])) {
                found++;
            } else {
                missed.add(a[1] + " on " + a[0]);
            }
        }
        return new Figures(OverlapScore.persons(truth, pairs), OverlapScore.articles(truth, members), planted.size(), found, missed);
    }
}
