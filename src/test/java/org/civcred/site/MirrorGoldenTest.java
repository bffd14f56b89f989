package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civcred.mirror.MirrorResource;
import org.civcred.mirror.MirrorSnapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every profile against pages taken straight from the offline mirror: the request keys listed in
 * {@code sites/mirror/pages.properties} are extracted and compared with
 * {@code sites/mirror/<name>.expected.json} ({@code -Dgolden.update=true} rewrites them).
 */
class MirrorGoldenTest {

    private static final Path DIR = GoldenProfilesTest.FIXTURES.resolve("mirror");
    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));

    @TestFactory
    Stream<DynamicTest> mirrorPagesExtractToTheirGoldenJson() throws IOException {
        Map<String, MirrorResource> byKey = new HashMap<>();
        MirrorSnapshot.standard().resources().forEach(r -> byKey.put(r.request().key(), r));
        Properties pages = GoldenProfilesTest.pages(DIR);
        return pages.stringPropertyNames().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            MirrorResource r = byKey.get(pages.getProperty(name));
            assertNotNull(r, "the mirror serves " + pages.getProperty(name));
            Page page = Fixtures.page(r.request(), r.status(), r.contentType(), r.body());
            Extraction extraction = REGISTRY.extract(page);
            assertEquals(name.substring(0, name.indexOf('.')), extraction.siteId(), "golden name starts with the site id");
            Golden.check(DIR.resolve(name + ".expected.json"), ExtractionJson.toJson(extraction));
        }));
    }

    @Test
    void everyProfileHasAtLeastTwoPageTypesFromTheMirror() throws IOException {
        Properties pages = GoldenProfilesTest.pages(DIR);
        for (SiteProfile profile : REGISTRY.profiles()) {
            Set<String> types = new TreeSet<>();
            for (String name : pages.stringPropertyNames()) {
                if (name.startsWith(profile.id() + ".")) {
                    String url = pages.getProperty(name).split(" ")[1];
                    types.add(profile.extract(Fixtures.html(url, "")).pageType());
                }
            }
            assertTrue(types.size() >= 2, profile.id() + " has page types " + types);
        }
    }
}
