package org.civcred.bench;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.text.NameNormalizer;

/**
 * The person ground truth indexed by normalised name, so that one predicted pair is judged in constant
 * time inside a Spark task rather than against every planted person on the driver. The rules are
 * {@link org.civcred.mirror.OverlapScore#persons}'s: a pair is right when a planted person of the pair's
 * name appears among its civilization URLs and among its credit URLs; a wrong pair counts one distractor
 * hit for every distractor of that name with a page among the pair's URLs.
 */
public final class PersonTruthIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One planted person: its id and the URLs it appears on, by family. */
    record Planted(String id, Set<String> names, Set<String> civUrls, Set<String> creditUrls) implements Serializable {
    }

    /** One distractor: its id and every URL it appears on. */
    record Decoy(String id, Set<String> urls) implements Serializable {
    }

    private final Map<String, List<Planted>> persons = new HashMap<>();
    private final Map<String, List<Decoy>> distractors = new HashMap<>();

    private PersonTruthIndex() {
    }

    public static PersonTruthIndex of(GroundTruth truth) {
        PersonTruthIndex index = new PersonTruthIndex();
        for (GroundTruth.Person p : truth.persons()) {
            index.persons.computeIfAbsent(NameNormalizer.normalize(p.name()), k -> new ArrayList<>())
                    .add(new Planted(p.id(), names(p), urls(p.appearances(), "civilization"), urls(p.appearances(), "credit")));
        }
        for (GroundTruth.Distractor d : truth.distractors()) {
            Set<String> all = new HashSet<>();
            d.appearances().forEach(a -> all.add(a.url()));
            index.distractors.computeIfAbsent(NameNormalizer.normalize(d.name()), k -> new ArrayList<>())
                    .add(new Decoy(d.id(), all));
        }
        return index;
    }

    /**
     * Only the planted persons the sample holds on both sides: some sampled civilization entity and some
     * sampled credit entity carry the person's name (or one of its variants, normalised) and one of the
     * person's pages on that side. A page alone is not enough: one list page names hundreds of people.
     *
     * @param civ    sampled civilization entities as normalised name → their URLs
     * @param credit sampled credit entities as normalised name → their URLs
     */
    public PersonTruthIndex within(Map<String, Set<String>> civ, Map<String, Set<String>> credit) {
        PersonTruthIndex index = new PersonTruthIndex();
        persons.forEach((name, list) -> list.stream()
                .filter(p -> holds(civ, p.names(), p.civUrls()) && holds(credit, p.names(), p.creditUrls()))
                .forEach(p -> index.persons.computeIfAbsent(name, k -> new ArrayList<>()).add(p)));
        index.distractors.putAll(distractors);
        return index;
    }

    private static boolean holds(Map<String, Set<String>> side, Set<String> names, Set<String> urls) {
        return names.stream().anyMatch(n -> side.getOrDefault(n, Set.of()).stream().anyMatch(urls::contains));
    }

    public int personCount() {
        return persons.values().stream().mapToInt(List::size).sum();
    }

    public int distractorCount() {
        return distractors.values().stream().mapToInt(List::size).sum();
    }

    /** The id of the planted person the pair finds, or null when the pair is wrong. */
    public String hit(String name, Collection<String> civUrls, Collection<String> creditUrls) {
        if (name == null) {
            return null;
        }
        for (Planted p : persons.getOrDefault(NameNormalizer.normalize(name), List.of())) {
            if (civUrls.stream().anyMatch(p.civUrls()::contains) && creditUrls.stream().anyMatch(p.creditUrls()::contains)) {
                return p.id();
            }
        }
        return null;
    }

    /** Distractors of the pair's name with a page among its URLs (counted for wrong pairs only). */
    public List<String> distractorHits(String name, Collection<String> civUrls, Collection<String> creditUrls) {
        List<String> hits = new ArrayList<>();
        if (name == null) {
            return hits;
        }
        for (Decoy d : distractors.getOrDefault(NameNormalizer.normalize(name), List.of())) {
            if (civUrls.stream().anyMatch(d.urls()::contains) || creditUrls.stream().anyMatch(d.urls()::contains)) {
                hits.add(d.id());
            }
        }
        return hits;
    }

    /** The person's name and its variants, normalised. */
    private static Set<String> names(GroundTruth.Person p) {
        Set<String> out = new HashSet<>();
        out.add(NameNormalizer.normalize(p.name()));
        if (p.variants() != null) {
            p.variants().forEach(v -> out.add(NameNormalizer.normalize(v)));
        }
        p.appearances().forEach(a -> out.add(NameNormalizer.normalize(a.nameAsWritten())));
        return out;
    }

    private static Set<String> urls(List<GroundTruth.Appearance> appearances, String family) {
        Set<String> out = new HashSet<>();
        appearances.stream().filter(a -> a.family().equals(family)).forEach(a -> out.add(a.url()));
        return out;
    }
}
