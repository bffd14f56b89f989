package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoadingTest {

    private static final String FAMILIES = "civilization: ['*.example.cn']\n";
    private static final String VALID = """
            id: demo
            name: Demo site
            family: civilization
            hosts: [www.example.cn]
            seeds: [http://www.example.cn/list/index.shtml]
            scope: {allow: ['^http://www\\.example\\.cn/list/']}
            max-depth: 2
            page-types:
              - name: list
                url: '/index\\.shtml$'
                links: [{selector: 'a[href]', kind: detail}]
            """;

    @TempDir
    Path dir;

    @Test
    void theShippedProfilesLoadWithTheSevenSites() {
        SiteRegistry registry = SiteRegistry.load(Path.of("crawler"));
        assertEquals(List.of("credit-nanyang", "credit-tianjin", "creditchina", "tjwenming", "tongbai-hhb",
                "wenming", "wenming-local"), registry.profiles().stream().map(SiteProfile::id).toList());
    }

    @Test
    void theCopyPackedOnTheClassPathHoldsTheSameProfiles() {
        SiteRegistry packed = SiteRegistry.fromClasspath(getClass().getClassLoader());
        assertEquals(SiteRegistry.load(Path.of("crawler")).profiles().stream().map(SiteProfile::id).toList(),
                packed.profiles().stream().map(SiteProfile::id).toList());
    }

    @Test
    void aValidProfileLoads() throws IOException {
        SiteProfile demo = load(VALID).byId("demo").orElseThrow();
        assertEquals(2, demo.maxDepth());
        assertEquals("GET http://www.example.cn/list/index.shtml", demo.seeds().get(0).key());
    }

    @Test
    void anUnknownKeyIsNamedWithItsFileAndPath() throws IOException {
        String message = failure(VALID.replace("    links:", "    colour: red\n    links:"));
        assertTrue(message.contains("demo.yaml"), message);
        assertTrue(message.contains("'page-types[0].colour'"), message);
    }

    @Test
    void aBadRegexIsNamedWithItsFileAndKey() throws IOException {
        String message = failure(VALID.replace("'^http://www\\.example\\.cn/list/'", "'^http://(unclosed'"));
        assertTrue(message.contains("demo.yaml"), message);
        assertTrue(message.contains("'scope.allow'"), message);
        assertTrue(message.contains("bad regex"), message);
    }

    @Test
    void anUnknownExtractorIsRejectedWithTheRegisteredNames() throws IOException {
        String message = failure(VALID.replace("    links:", "    extractor: com.evil.Loader\n    links:"));
        assertTrue(message.contains("'page-types[0].extractor'"), message);
        assertTrue(message.contains("com.evil.Loader"), message);
        assertTrue(message.contains("trs-article"), message);
    }

    @Test
    void anUnknownPaginatorIsRejected() throws IOException {
        String message = failure(VALID.replace("    links:", "    paginator: next-link\n    links:"));
        assertTrue(message.contains("'page-types[0].paginator'"), message);
    }

    @Test
    void aProfileWithoutSeedsIsRejected() throws IOException {
        String message = failure(VALID.replace("seeds: [http://www.example.cn/list/index.shtml]\n", ""));
        assertTrue(message.contains("'seeds'"), message);
    }

    @Test
    void aSeedOnAnotherHostIsRejected() throws IOException {
        String message = failure(VALID.replace("http://www.example.cn/list/", "http://elsewhere.cn/list/"));
        assertTrue(message.contains("'seeds[0].url'"), message);
    }

    @Test
    void aBadCssSelectorIsNamed() throws IOException {
        String message = failure(VALID.replace("'a[href]'", "'a[href'"));
        assertTrue(message.contains("'page-types[0].links[0].selector'"), message);
    }

    @Test
    void anUnknownLinkKindIsNamed() throws IOException {
        String message = failure(VALID.replace("kind: detail", "kind: sideways"));
        assertTrue(message.contains("'page-types[0].links[0].kind'"), message);
    }

    @Test
    void theIdMustMatchTheFileName() throws IOException {
        String message = failure(VALID.replace("id: demo", "id: other"));
        assertTrue(message.contains("'id'"), message);
    }

    @Test
    void aWrongValueTypeNamesTheKey() throws IOException {
        String message = failure(VALID.replace("max-depth: 2", "max-depth: deep"));
        assertTrue(message.contains("'max-depth'"), message);
    }

    @Test
    void twoProfilesMayNotClaimOneHost() throws IOException {
        write("demo", VALID);
        write("twin", VALID.replace("id: demo", "id: twin"));
        CivcredException e = assertThrows(CivcredException.class, () -> SiteRegistry.load(dir));
        assertTrue(e.getMessage().contains("www.example.cn"), e.getMessage());
    }

    @Test
    void anUnknownFamilyInTheFamilyMapIsNamed() throws IOException {
        Files.writeString(dir.resolve("families.yaml"), "civility: [www.example.cn]\n");
        write("demo", VALID);
        CivcredException e = assertThrows(CivcredException.class, () -> SiteRegistry.load(dir));
        assertTrue(e.getMessage().contains("families.yaml") && e.getMessage().contains("civility"), e.getMessage());
    }

    @Test
    void profilesLoadFromAJarOnTheClassPath() throws IOException {
        Path jar = dir.resolve("profiles.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "crawler/families.yaml", FAMILIES);
            put(out, "crawler/sites/demo.yaml", VALID);
            put(out, "crawler/sites/notes/ignored.yaml", "not: a profile");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            SiteRegistry registry = SiteRegistry.fromClasspath(loader);
            assertEquals(List.of("demo"), registry.profiles().stream().map(SiteProfile::id).toList());
            assertTrue(registry.origin().endsWith("profiles.jar!/crawler"), registry.origin());
        }
    }

    @Test
    void profilesLoadFromADirectoryOnTheClassPath() throws IOException {
        write("demo", VALID);
        Path root = Files.createDirectories(dir.resolve("classes"));
        Files.move(dir.resolve("sites"), Files.createDirectories(root.resolve("crawler")).resolve("sites"));
        Files.move(dir.resolve("families.yaml"), root.resolve("crawler/families.yaml"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertTrue(SiteRegistry.fromClasspath(loader).byId("demo").isPresent());
        }
    }

    private SiteRegistry load(String profile) throws IOException {
        write("demo", profile);
        return SiteRegistry.load(dir);
    }

    private String failure(String profile) throws IOException {
        write("demo", profile);
        return assertThrows(CivcredException.class, () -> SiteRegistry.load(dir)).getMessage();
    }

    private void write(String id, String profile) throws IOException {
        if (!Files.exists(dir.resolve("families.yaml"))) {
            Files.writeString(dir.resolve("families.yaml"), FAMILIES);
        }
        Files.createDirectories(dir.resolve("sites"));
        Files.writeString(dir.resolve("sites").resolve(id + ".yaml"), profile);
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
