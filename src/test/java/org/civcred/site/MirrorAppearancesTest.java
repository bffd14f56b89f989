package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every person the mirror plants is found where the ground truth says, by the profile for that page. */
class MirrorAppearancesTest {

    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));
    private static final Map<String, MirrorResource> BY_KEY = new HashMap<>();
    private final Map<String, Extraction> extracted = new HashMap<>();
    private static GroundTruth truth;

    @BeforeAll
    static void indexTheMirror() {
        MirrorSnapshot mirror = MirrorSnapshot.standard();
        truth = mirror.groundTruth();
        mirror.resources().forEach(r -> BY_KEY.put(r.request().key(), r));
    }

    @Test
    void everyPlantedAppearanceIsExtractedUnderItsNameAsWritten() {
        List<GroundTruth.Appearance> appearances = new ArrayList<>();
        truth.persons().forEach(p -> appearances.addAll(p.appearances()));
        truth.distractors().forEach(d -> appearances.addAll(d.appearances()));
        List<String> missing = new ArrayList<>();
        for (GroundTruth.Appearance a : appearances) {
            Extraction e = extract(a.request());
            assertEquals(a.site(), e.siteId(), a.request());
            assertEquals(a.family(), e.family(), a.request());
            boolean asRecord = e.records().stream().anyMatch(r -> a.nameAsWritten().equals(r.get("name")));
            boolean inText = e.fields().getOrDefault("body", "").contains(a.nameAsWritten())
                    || e.fields().getOrDefault("title", "").contains(a.nameAsWritten());
            if (!asRecord && !inText) {
                missing.add(a.nameAsWritten() + " @ " + a.request());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void listAppearancesBecomeRecordsWithTheirListKind() {
        for (GroundTruth.Person p : truth.persons()) {
            for (GroundTruth.Appearance a : p.appearances()) {
                Extraction e = extract(a.request());
                e.records().stream().filter(r -> a.nameAsWritten().equals(r.get("name"))).forEach(r -> {
                    assertEquals(a.listKind(), r.get("list_kind"), a.nameAsWritten() + " @ " + a.request());
                });
            }
        }
    }

    @Test
    void charactersOutsideGb2312DecodeOnTheGbkHosts() {
        for (GroundTruth.GbkSample sample : truth.gbkSamples()) {
            Extraction e = extract("GET " + sample.url());
            boolean found = e.fields().values().stream().anyMatch(v -> v.contains(sample.contains()))
                    || e.records().stream().anyMatch(r -> r.values().stream().anyMatch(v -> v.contains(sample.contains())));
            assertTrue(found, sample.contains() + " in " + sample.url());
            assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        }
    }

    /** Extracts each page once per test (the 先进人物库 page holds hundreds of appearances). */
    private Extraction extract(String key) {
        MirrorResource r = BY_KEY.get(key);
        assertTrue(r != null, "the mirror serves " + key);
        return extracted.computeIfAbsent(key,
                k -> REGISTRY.extract(Fixtures.page(r.request(), r.status(), r.contentType(), r.body())));
    }
}
