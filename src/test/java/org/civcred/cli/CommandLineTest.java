package org.civcred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civcred.mirror.MirrorSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, errors with exit codes, and check-site output. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureTheTerminal() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheTerminal() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void helpListsEverySubcommand() {
        assertEquals(0, Main.execute("--help"));
        for (String command : new String[] {"demo", "mirror", "crawl", "check-site", "bench-crawl"}) {
            assertTrue(out().contains(command), "help should list " + command + ":\n" + out());
        }
    }

    @Test
    void everySubcommandTakesData() {
        for (String command : new String[] {"demo", "mirror", "crawl", "check-site", "bench-crawl"}) {
            out.reset();
            assertEquals(0, Main.execute(command, "--help"));
            assertTrue(out().contains("--data"), command + " should take --data");
        }
    }

    @Test
    void anUnknownSiteIsAUsageErrorNamingTheKnownOnes() {
        assertEquals(2, Main.execute("crawl", "--site", "nowhere", "--data", "/tmp/unused"));
        assertTrue(err().contains("No site profile 'nowhere'") && err().contains("wenming"), err());
    }

    @Test
    void crawlNeedsAllOrSites() {
        assertEquals(2, Main.execute("crawl", "--data", "/tmp/unused"));
        assertTrue(err().contains("--all") && err().contains("--site"), err());
    }

    @Test
    void aMalformedDelayIsExplained() {
        assertEquals(2, Main.execute("crawl", "--all", "--delay", "soon", "--data", "/tmp/unused"));
        assertTrue(err().contains("--delay 'soon' is not a duration"), err());
    }

    @Test
    void checkSiteReadsAnExportedMirrorPageAndPrintsItsRecords(@TempDir Path dir) throws Exception {
        MirrorSnapshot.standard().exportTo(dir);
        Path edition = dir.resolve("www.wenming.cn/sbhr_pd/zghrb/bd/201801/index.html");
        assertEquals(0, Main.execute("check-site", "wenming", edition.toString()));
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("wenming", json.get("siteId").asText());
        assertTrue(json.get("records").size() >= 12, "an edition lists at least 12 people: " + json.get("records").size());
        assertEquals("honour", json.get("records").get(0).get("list_kind").asText());
    }

    @Test
    void checkSiteRefusesAProfileThatDoesNotCoverTheHost(@TempDir Path dir) throws Exception {
        MirrorSnapshot.standard().exportTo(dir);
        Path page = dir.resolve("www.wenming.cn/sbhr_pd/zghrb/bd/201801/index.html");
        assertEquals(2, Main.execute("check-site", "credit-tianjin", page.toString()));
        assertTrue(err().contains("does not cover the host"), err());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
