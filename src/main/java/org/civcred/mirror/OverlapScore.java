package org.civcred.mirror;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civcred.text.NameNormalizer;

/**
 * Precision and recall of the overlap tables against the mirror's ground truth.
 *
 * <p>Persons: a predicted pair is right when some planted person has the pair's (normalised) name
 * and appears among the pair's civilization URLs and among its credit URLs; recall is the share of
 * planted persons found by at least one right pair. A wrong pair that touches a distractor's page
 * under the distractor's name is a distractor hit. Articles: scored on cross-family pairs of URLs
 * that share a predicted cluster, against the pairs of the planted clusters.
 */
public final class OverlapScore {

    /** One overlap_persons row, reduced to what scoring needs. */
    public record PersonPair(String name, List<String> civUrls, List<String> creditUrls) {
    }

    /** One overlap_articles row, reduced to what scoring needs. */
    public record ArticleMember(String clusterId, String url, String family) {
    }

    /** Figures of one scoring. */
    public record Result(long predicted, int correct, int truth, int found, double precision, double recall,
                         List<String> falsePositives, List<String> missed, List<String> distractorHits) {

        /** All wrong pairs; {@link #falsePositives} may hold only the first of them as examples. */
        public long wrong() {
            return predicted - correct;
        }

        public String line(String what) {
            return String.format("%s: precision %.3f (%d of %d), recall %.3f (%d of %d), distractors matched %d",
                    what, precision, correct, predicted, recall, found, truth, distractorHits.size());
        }
    }

    /** Wrong article pairs kept as examples; the count of all of them is predicted − correct. */
    static final int EXAMPLES = 1_000;

    private OverlapScore() {
    }

    public static Result persons(GroundTruth truth, List<PersonPair> pairs) {
        Set<String> found = new TreeSet<>();
        List<String> falsePositives = new ArrayList<>();
        List<String> distractorHits = new ArrayList<>();
        int correct = 0;
        for (PersonPair pair : pairs) {
            String name = NameNormalizer.normalize(pair.name());
            Set<String> civ = new HashSet<>(pair.civUrls());
            Set<String> credit = new HashSet<>(pair.creditUrls());
            String hit = null;
            for (GroundTruth.Person p : truth.persons()) {
                if (NameNormalizer.normalize(p.name()).equals(name) && appears(p.appearances(), "civilization", civ)
                        && appears(p.appearances(), "credit", credit)) {
                    hit = p.id();
                    break;
                }
            }
            if (hit != null) {
                correct++;
                found.add(hit);
                continue;
            }
            falsePositives.add(pair.name() + " " + pair.civUrls() + " ~ " + pair.creditUrls());
            for (GroundTruth.Distractor d : truth.distractors()) {
                if (NameNormalizer.normalize(d.name()).equals(name) && d.appearances().stream()
                        .anyMatch(a -> civ.contains(a.url()) || credit.contains(a.url()))) {
                    distractorHits.add(d.id() + " " + d.name() + ": " + d.why());
                }
            }
        }
        List<String> missed = truth.persons().stream().filter(p -> !found.contains(p.id()))
                .map(p -> p.id() + " " + p.name()).toList();
        return new Result(pairs.size(), correct, truth.persons().size(), found.size(),
                ratio(correct, pairs.size()), ratio(found.size(), truth.persons().size()), falsePositives, missed,
                distractorHits);
    }

    /**
     * Counts the predicted pairs cluster by cluster (civilization members × credit members) instead
     * of listing them: where chance near duplicates form large clusters, as in a synthetic corpus of
     * a million pages, the listed pairs would not fit in memory. Each document belongs to one
     * overlap_articles cluster, so no pair is counted twice. Only the first
     * {@value #EXAMPLES} wrong pairs are kept as examples.
     */
    public static Result articles(GroundTruth truth, List<ArticleMember> members) {
        Map<String, List<ArticleMember>> clusters = new TreeMap<>();
        Map<String, Set<String>> clustersOfUrl = new HashMap<>();
        members.forEach(m -> {
            clusters.computeIfAbsent(m.clusterId(), k -> new ArrayList<>()).add(m);
            clustersOfUrl.computeIfAbsent(m.url(), k -> new HashSet<>()).add(m.clusterId());
        });
        Set<String> expected = new TreeSet<>();
        for (GroundTruth.ArticleCluster c : truth.articles()) {
            for (GroundTruth.Member a : c.members()) {
                for (GroundTruth.Member b : c.members()) {
                    if (!a.family().equals(b.family()) && a.url().compareTo(b.url()) < 0) {
                        expected.add(a.url() + " ~ " + b.url());
                    }
                }
            }
        }
        Set<String> correct = new TreeSet<>();
        for (String pair : expected) {
            String[] urls = pair.split(" ~ ", 2);
            Set<String> shared = new HashSet<>(clustersOfUrl.getOrDefault(urls[0], Set.of()));
            shared.retainAll(clustersOfUrl.getOrDefault(urls[1], Set.of()));
            if (!shared.isEmpty()) {
                correct.add(pair);
            }
        }
        long predicted = 0;
        List<String> falsePositives = new ArrayList<>();
        for (List<ArticleMember> c : clusters.values()) {
            Set<String> civ = new TreeSet<>();
            Set<String> credit = new TreeSet<>();
            c.forEach(m -> (m.family().equals("civilization") ? civ : credit).add(m.url()));
            predicted += (long) civ.size() * credit.size();
            for (String a : civ) {
                for (String b : credit) {
                    if (falsePositives.size() >= EXAMPLES) {
                        break;
                    }
                    String pair = a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
                    if (!expected.contains(pair)) {
                        falsePositives.add(pair);
                    }
                }
            }
        }
        List<String> missed = expected.stream().filter(p -> !correct.contains(p)).toList();
        List<String> distractorHits = new ArrayList<>();
        for (GroundTruth.ArticleDistractor d : truth.articleDistractors()) {
            for (List<ArticleMember> c : clusters.values()) {
                Set<String> urls = new HashSet<>();
                c.forEach(m -> urls.add(m.url()));
                if (d.urls().stream().filter(urls::contains).count() >= 2) {
                    distractorHits.add(d.urls() + ": " + d.why());
                }
            }
        }
        return new Result(predicted, correct.size(), expected.size(), correct.size(),
                ratio(correct.size(), predicted), ratio(correct.size(), expected.size()), falsePositives,
                missed, distractorHits);
    }

    private static boolean appears(List<GroundTruth.Appearance> appearances, String family, Set<String> urls) {
        return appearances.stream().anyMatch(a -> a.family().equals(family) && urls.contains(a.url()));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
