package org.civcred.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.OverlapScore;
import org.civcred.serve.KernelTables;
import org.civcred.text.NameNormalizer;

/**
 * Precision and recall of overlap_persons and overlap_articles against a corpus's ground-truth.json,
 * read with Delta Kernel. Persons are scored name by name: a pair can only be right for a planted
 * person of its own normalised name, so scoring each name's pairs against that name's persons and
 * distractors gives the same counts as one pass over everything, without comparing every pair with
 * every planted person (quadratic at a million pages).
 */
final class GoldScore {

    /** Figures of one table. */
    record Figures(long predicted, int correct, int truth, int found, double precision, double recall, int distractorHits) {
    }

    private GoldScore() {
    }

    static GroundTruth readTruth(Path file) {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            return json.readValue(file.toFile(), GroundTruth.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the ground truth " + file, e);
        }
    }

    static Figures persons(String dataDir, GroundTruth truth) {
        List<OverlapScore.PersonPair> pairs = new KernelTables(dataDir, new Configuration())
                .read("overlap_persons", List.of("name", "civ_urls", "credit_urls"), Integer.MAX_VALUE).rows().stream()
                .map(r -> new OverlapScore.PersonPair((String) r.get("name"), strings(r.get("civ_urls")), strings(r.get("credit_urls"))))
                .toList();
        return persons(truth, pairs);
    }

    static Figures persons(GroundTruth truth, List<OverlapScore.PersonPair> pairs) {
        Map<String, List<OverlapScore.PersonPair>> pairsByName = new HashMap<>();
        pairs.forEach(p -> pairsByName.computeIfAbsent(NameNormalizer.normalize(p.name()), k -> new java.util.ArrayList<>()).add(p));
        Map<String, List<GroundTruth.Person>> persons = new HashMap<>();
        truth.persons().forEach(p -> persons.computeIfAbsent(NameNormalizer.normalize(p.name()), k -> new java.util.ArrayList<>()).add(p));
        Map<String, List<GroundTruth.Distractor>> distractors = new HashMap<>();
        truth.distractors().forEach(d -> distractors.computeIfAbsent(NameNormalizer.normalize(d.name()), k -> new java.util.ArrayList<>()).add(d));
        int correct = 0;
        int found = 0;
        int hits = 0;
        for (Map.Entry<String, List<OverlapScore.PersonPair>> e : pairsByName.entrySet()) {
            GroundTruth slice = new GroundTruth(truth.snapshot(), truth.hosts(), truth.crawl(),
                    persons.getOrDefault(e.getKey(), List.of()), distractors.getOrDefault(e.getKey(), List.of()),
                    List.of(), List.of(), List.of(), List.of(), List.of());
            OverlapScore.Result r = OverlapScore.persons(slice, e.getValue());
            correct += r.correct();
            found += r.found();
            hits += r.distractorHits().size();
        }
        int truthCount = truth.persons().size();
        return new Figures(pairs.size(), correct, truthCount, found, ratio(correct, pairs.size()), ratio(found, truthCount), hits);
    }

    static Figures articles(String dataDir, GroundTruth truth) {
        List<OverlapScore.ArticleMember> members = new KernelTables(dataDir, new Configuration())
                .read("overlap_articles", List.of("cluster_id", "url", "family"), Integer.MAX_VALUE).rows().stream()
                .map(r -> new OverlapScore.ArticleMember((String) r.get("cluster_id"), (String) r.get("url"), (String) r.get("family")))
                .toList();
        OverlapScore.Result r = OverlapScore.articles(truth, members);
        return new Figures(r.predicted(), r.correct(), r.truth(), r.found(), r.precision(), r.recall(), r.distractorHits().size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
