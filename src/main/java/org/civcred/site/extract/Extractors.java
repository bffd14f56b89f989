package org.civcred.site.extract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fixed registry of extractor and paginator names a profile may use. Configuration picks a
 * name; it never names a class, so a profile cannot make the crawler load arbitrary code. Adding
 * an extractor means adding a class and a line here.
 */
public final class Extractors {

    private static final Map<String, Extractor> EXTRACTORS = Map.of(
            "selectors", new SelectorsExtractor(),
            "trs-article", new TrsArticleExtractor(),
            "zghr-api", new ZghrApiExtractor(),
            "creditchina-api", new CreditChinaApiExtractor(),
            "tianjin-list", new TianjinListExtractor(),
            "tianjin-detail", new TianjinDetailExtractor(),
            "red-black-release", new RedBlackReleaseExtractor());

    private static final Map<String, Paginator> PAGINATORS = Map.of(
            "trs-pagination", new TrsPaginator());

    private Extractors() {
    }

    public static Optional<Extractor> extractor(String name) {
        return Optional.ofNullable(EXTRACTORS.get(name));
    }

    public static Optional<Paginator> paginator(String name) {
        return Optional.ofNullable(PAGINATORS.get(name));
    }

    /** Registered extractor names, sorted (for error messages and the README). */
    public static Set<String> extractorNames() {
        return new TreeSet<>(EXTRACTORS.keySet());
    }

    public static Set<String> paginatorNames() {
        return new TreeSet<>(PAGINATORS.keySet());
    }
}
