package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.civcred.model.CrawlRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every profile against its fixture pages: {@code src/test/resources/sites/<id>/<name>.html|json}
 * is extracted and compared with {@code <name>.expected.json}. {@code pages.properties} gives each
 * fixture's request. Run with {@code -Dgolden.update=true} to rewrite the expected files.
 */
class GoldenProfilesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "sites");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final SiteRegistry REGISTRY = SiteRegistry.load(Path.of("crawler"));

    @TestFactory
    Stream<DynamicTest> everyFixtureExtractsToItsGoldenJson() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (SiteProfile profile : REGISTRY.profiles()) {
            Path dir = FIXTURES.resolve(profile.id());
            Properties pages = pages(dir);
            for (String name : pages.stringPropertyNames().stream().filter(n -> !n.contains(".")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(profile.id() + "/" + name, () -> {
                    Page page = fixturePage(dir, name, pages);
                    assertEquals(profile.id(), REGISTRY.forUrl(page.url()).orElseThrow().id(), "fixture URL's profile");
                    Golden.check(dir.resolve(name + ".expected.json"), ExtractionJson.toJson(REGISTRY.extract(page)));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyProfileHasFixturesWithAProvenanceLine() throws IOException {
        for (SiteProfile profile : REGISTRY.profiles()) {
            Path dir = FIXTURES.resolve(profile.id());
            assertTrue(Files.isRegularFile(dir.resolve("README")), "provenance README in " + dir);
            assertFalse(Files.readString(dir.resolve("README")).isBlank(), "provenance line in " + dir);
            assertTrue(pages(dir).stringPropertyNames().stream().filter(n -> !n.contains(".")).count() >= 2,
                    "at least two fixture pages for " + profile.id());
        }
    }

    static Properties pages(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("pages.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Page fixturePage(Path dir, String name, Properties pages) throws IOException {
        String[] parts = pages.getProperty(name).trim().split("\\s+", 3);
        CrawlRequest request = new CrawlRequest(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
        Path file = Files.exists(dir.resolve(name + ".json")) ? dir.resolve(name + ".json") : dir.resolve(name + ".html");
        String defaultType = file.toString().endsWith(".json") ? "application/json;charset=UTF-8" : null;
        int status = Integer.parseInt(pages.getProperty(name + ".status", "200"));
        return Fixtures.page(request, status, pages.getProperty(name + ".content-type", defaultType),
                Files.readAllBytes(file));
    }
}
