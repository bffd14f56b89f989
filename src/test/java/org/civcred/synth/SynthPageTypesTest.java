package org.civcred.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civcred.model.CrawlRequest;
import org.civcred.site.Extraction;
import org.civcred.site.Page;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** A small corpus holds a page of every page type the site profiles declare, each read by its profile. */
class SynthPageTypesTest {

    /**
     * Page types the synthetic corpus cannot hold, as "profile/page type" with the reason. Empty:
     * every page type of the profiles has synthetic pages; a new page type fails the test below
     * until synth writes it or it is listed here with why it cannot be.
     */
    private static final Map<String, String> NOT_GENERATED = Map.of();

    @TempDir
    static Path dir;
    static SiteRegistry registry;
    /** Pages per "profile/page type" and, of those, how many gave rows. */
    static final Map<String, Integer> pages = new TreeMap<>();
    static final Map<String, Integer> pagesWithRows = new TreeMap<>();

    @BeforeAll
    static void writeAndReadACorpus() throws IOException {
        SynthCorpus.write(new SynthOptions(600, dir, 5, 1000), null);
        registry = SiteRegistry.load(Path.of("crawler"));
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList()) {
                try (WarcReader reader = new WarcReader(f)) {
                    for (WarcRecord r : reader) {
                        if (r instanceof WarcResponse resp) {
                            String type = resp.http().headers().first("Content-Type").orElse(null);
                            byte[] body = resp.http().body().stream().readAllBytes();
                            Extraction e = registry.extract(Page.of(CrawlRequest.get(resp.target()), resp.http().status(), type, body));
                            String key = e.siteId() + "/" + e.pageType();
                            pages.merge(key, 1, Integer::sum);
                            pagesWithRows.merge(key, e.records().isEmpty() ? 0 : 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPageTypeOfEverySiteProfileHasPagesInTheCorpus() {
        Set<String> declared = new TreeSet<>();
        for (SiteProfile p : registry.profiles()) {
            p.pageTypes().forEach(t -> declared.add(p.id() + "/" + t));
        }
        assertFalse(declared.isEmpty());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(pages.keySet());
        missing.removeAll(NOT_GENERATED.keySet());
        assertEquals(Set.of(), missing, "page types without synthetic pages; pages per type: " + pages);
        Set<String> stale = new TreeSet<>(NOT_GENERATED.keySet());
        stale.retainAll(pages.keySet());
        assertEquals(Set.of(), stale, "listed as not generated, yet in the corpus");
    }

    @Test
    void everyPageIsOwnedByAProfileAndMatchesOneOfItsPageTypes() {
        assertTrue(pages.keySet().stream().noneMatch(k -> k.startsWith("generic/") || k.endsWith("/unmatched")), pages.toString());
    }

    @Test
    void theNewPersonListsGiveRows() {
        for (String type : Set.of("wenming/person-database", "tjwenming/monthly-list", "tongbai-hhb/release")) {
            assertEquals(pages.get(type), pagesWithRows.get(type), type + ": every page gives rows");
        }
    }
}
