package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelTables;
import org.civcred.testing.MirrorPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser: headless Chromium driven by tools/browser-test/dashboard.mjs
 * loads the page over the mirror pipeline's tables, checks the persons table, narrows it by
 * province, follows an archived source link, and saves target/dashboard.png. Without Chromium
 * the test is skipped, unless CIVCRED_REQUIRE_BROWSER=1 (as CI sets it), where that is a failure.
 */
class DashboardBrowserTest {

    private static final Path TOOL = Path.of("tools", "browser-test");
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");

    @Test
    void thePageShowsEveryPersonNarrowsByProvinceAndOpensAnArchivedSource() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CIVCRED_CHROMIUM", "/usr/bin/chromium"));
        requireOrSkip(Files.isExecutable(chromium), "Chromium is not installed at " + chromium
                + " (apt-get install -y chromium)");
        requireOrSkip(onPath("node") && onPath("npm"), "Node.js and npm are not installed");
        installDependencies();

        String data = MirrorPipeline.get().data().toString();
        int persons = new KernelTables(data, new Configuration())
                .read("overlap_persons", List.of("pair_id"), Integer.MAX_VALUE).rows().size();
        Files.deleteIfExists(SCREENSHOT);
        try (DashboardServer server = DashboardServer.start(data, new Configuration(), "127.0.0.1", 0)) {
            Path out = Files.createTempFile("civcred-browser-test", ".log");
            Process node = new ProcessBuilder("node", TOOL.resolve("dashboard.mjs").toString(), "--url", server.url(),
                    "--expect-persons", String.valueOf(persons), "--screenshot", SCREENSHOT.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!node.waitFor(4, TimeUnit.MINUTES)) {
                node.destroyForcibly();
                fail("the browser check did not finish in 4 minutes: " + Files.readString(out));
            }
            String output = Files.readString(out);
            assertEquals(0, node.exitValue(), output);
            String json = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
            JsonNode seen = new ObjectMapper().readTree(json);
            assertEquals(persons, seen.get("persons").asInt());
            assertTrue(seen.get("filtered").asInt() < persons);
            assertEquals(200, seen.get("captureStatus").asInt());
            assertTrue(seen.get("captureUrl").asText().contains("/capture/urn"));
        }
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page was saved");
    }

    private static void requireOrSkip(boolean present, String what) {
        if (!present) {
            if ("1".equals(System.getenv("CIVCRED_REQUIRE_BROWSER"))) {
                fail(what + ", and CIVCRED_REQUIRE_BROWSER=1 requires the browser test to run");
            }
            Assumptions.abort(what + "; skipping the browser test");
        }
    }

    /** Installs the pinned playwright-core from the lockfile once, as bin/civcred-warc-check does for its tool. */
    private static void installDependencies() throws IOException, InterruptedException {
        if (Files.isDirectory(TOOL.resolve("node_modules/playwright-core"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--silent")
                .directory(TOOL.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes());
        assertTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0, "npm ci failed: " + output);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
