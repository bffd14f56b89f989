package org.civcred.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.mirror.GroundTruth;
import org.civcred.text.NameNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class SynthTruthConsistencyTest {

    @TempDir
    static Path dir;
    static GroundTruth truth;
    static Set<String> urls = new HashSet<>();
    static Set<String> keys = new HashSet<>();
    static Map<String, String> siteOfKey = new HashMap<>();
    static int responses;

    @BeforeAll
    static void writeACorpus() throws IOException {
        SynthCorpus.write(new SynthOptions(1000, dir, 3, 400), null);
        truth = SynthScore.readTruth(dir.resolve("ground-truth.json"));
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList()) {
                try (WarcReader reader = new WarcReader(f)) {
                    for (WarcRecord r : reader) {
                        if (r instanceof WarcResponse resp) {
                            responses++;
                            urls.add(resp.target());
                            assertEquals(200, resp.http().status());
                        } else if (r instanceof WarcMetadata m) {
                            String key = m.fields().first("civcred-request-key").orElseThrow();
                            keys.add(key);
                            siteOfKey.put(key, m.fields().first("civcred-site").orElseThrow());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theCorpusHoldsExactlyTheAskedNumberOfDistinctPages() {
        assertEquals(1000, responses);
        assertEquals(1000, keys.size(), "every page is a distinct request");
    }

    @Test
    void everyAppearanceIsAPageOfTheCorpusOnTheSiteItNames() {
        for (GroundTruth.Person p : truth.persons()) {
            for (GroundTruth.Appearance a : p.appearances()) {
                assertTrue(keys.contains(a.request()), a.request());
                assertTrue(urls.contains(a.url()), a.url());
                assertEquals(a.site(), siteOfKey.get(a.request()));
            }
        }
        for (GroundTruth.Distractor d : truth.distractors()) {
            d.appearances().forEach(a -> assertTrue(keys.contains(a.request()), a.request()));
        }
        for (GroundTruth.ArticleCluster c : truth.articles()) {
            c.members().forEach(m -> assertTrue(urls.contains(m.url()), m.url()));
        }
        truth.crossMentions().forEach(m -> assertTrue(urls.contains(m.url()), m.url()));
    }

    @Test
    void everyPlantedPersonIsOnBothFamiliesUnderOneNormalisedName() {
        assertFalse(truth.persons().isEmpty());
        for (GroundTruth.Person p : truth.persons()) {
            Set<String> families = new HashSet<>();
            for (GroundTruth.Appearance a : p.appearances()) {
                families.add(a.family());
                assertEquals(NameNormalizer.normalize(p.name()), NameNormalizer.normalize(a.nameAsWritten()), a.nameAsWritten());
            }
            assertEquals(Set.of("civilization", "credit"), families, p.id());
        }
    }

    @Test
    void distractorsShareACommonNameAcrossFamiliesInDifferentProvinces() {
        assertTrue(truth.distractors().size() >= 50);
        Set<String> persons = new HashSet<>();
        truth.persons().forEach(p -> persons.add(NameNormalizer.normalize(p.name())));
        for (GroundTruth.Distractor d : truth.distractors()) {
            assertTrue(CommonNames.ALL.contains(d.name()), d.name());
            assertFalse(persons.contains(d.name()), "no planted person bears a distractor name");
            List<GroundTruth.Appearance> a = d.appearances();
            assertEquals(2, a.size());
            assertNotEquals(a.get(0).family(), a.get(1).family());
            assertNotEquals(a.get(0).regionAsWritten().substring(0, 2), a.get(1).regionAsWritten().substring(0, 2), d.id());
        }
    }

    @Test
    void clustersSpanBothFamilies() {
        assertFalse(truth.articles().isEmpty());
        for (GroundTruth.ArticleCluster c : truth.articles()) {
            Set<String> families = new HashSet<>();
            c.members().forEach(m -> families.add(m.family()));
            assertEquals(2, families.size(), c.id());
        }
    }
}
