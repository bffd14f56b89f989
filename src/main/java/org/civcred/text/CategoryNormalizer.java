package org.civcred.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps category labels to canonical ids from the versioned vocabulary {@code /text/category-vocabulary.tsv}.
 *
 * <p>Two sets, kept apart because one label can carry both (“中国好人榜·助人为乐”):
 * <ul>
 *   <li>{@link #goodPeople} — the five 中国好人榜 categories: {@code altruistic} (助人为乐),
 *       {@code brave} (见义勇为), {@code honest} (诚实守信), {@code dedicated} (敬业奉献),
 *       {@code filial} (孝老爱亲), also from the API's English ids;</li>
 *   <li>{@link #honour} — honours and lists on both platforms: {@code integrity_star} (诚信之星),
 *       {@code trust_reward} (守信激励, red lists), {@code moral_model} (道德模范), {@code era_model}
 *       (时代楷模), {@code good_person} (中国好人 and local 好人 lists) and the others in the file.</li>
 * </ul>
 *
 * <p>Matching: the label's {@link TextNormalizer#key} equal to a variant, else the longest variant the
 * key contains ({@code 第六届全国道德模范提名奖} → {@code moral_model}). Unknown labels give an empty id
 * with the raw label kept. Immutable and thread-safe.
 */
public final class CategoryNormalizer {

    static final String GOOD_PEOPLE = "good-people";
    static final String HONOUR = "honour";
    static final Set<String> GOOD_PEOPLE_IDS = Set.of("altruistic", "brave", "honest", "dedicated", "filial");
    private static final String RESOURCE = "/text/category-vocabulary.tsv";

    private record Variant(String key, String id) {
    }

    private final String version;
    private final Map<String, List<Variant>> bySet;

    private CategoryNormalizer(String version, Map<String, List<Variant>> bySet) {
        this.version = version;
        this.bySet = Map.copyOf(bySet);
    }

    private static final class Holder {
        static final CategoryNormalizer STANDARD = load();
    }

    /** The normaliser over the bundled vocabulary. */
    public static CategoryNormalizer standard() {
        return Holder.STANDARD;
    }

    /** The vocabulary version from the resource header, e.g. {@code 2026-11-22.1}. */
    public String version() {
        return version;
    }

    /** The 中国好人榜 category of a label: one of altruistic, brave, honest, dedicated, filial, or empty. */
    public CategoryMatch goodPeople(String raw) {
        return classify(GOOD_PEOPLE, raw);
    }

    /** The honour or list a label names ({@code integrity_star}, {@code trust_reward} …), or empty. */
    public CategoryMatch honour(String raw) {
        return classify(HONOUR, raw);
    }

    private CategoryMatch classify(String set, String raw) {
        String label = raw == null ? "" : raw;
        String key = TextNormalizer.key(label);
        if (!key.isEmpty()) {
            List<Variant> variants = bySet.getOrDefault(set, List.of());
            for (Variant v : variants) {
                if (v.key().equals(key)) {
                    return new CategoryMatch(v.id(), label, v.key());
                }
            }
            for (Variant v : variants) { // longest first
                if (key.contains(v.key())) {
                    return new CategoryMatch(v.id(), label, v.key());
                }
            }
        }
        return new CategoryMatch("", label, "");
    }

    private static CategoryNormalizer load() {
        InputStream in = CategoryNormalizer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        String version = "";
        Map<String, List<Variant>> bySet = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# version:")) {
                    version = line.substring("# version:".length()).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                bySet.computeIfAbsent(cells[0], k -> new ArrayList<>())
                        .add(new Variant(TextNormalizer.key(cells[2]), cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, List<Variant>> sorted = new HashMap<>();
        bySet.forEach((set, variants) -> sorted.put(set, variants.stream()
                .sorted(Comparator.comparingInt((Variant v) -> v.key().length()).reversed()).toList()));
        return new CategoryNormalizer(version, sorted);
    }
}
