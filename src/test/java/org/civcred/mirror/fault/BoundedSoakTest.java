package org.civcred.mirror.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.civcred.config.Settings;
import org.civcred.mirror.MirrorSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak in its bounded form (one round of the recoverable mix): nothing lost, nothing twice, figures written. */
class BoundedSoakTest {

    @TempDir
    Path data;

    @Test
    void oneMixedFaultRoundLosesNothingCapturesNothingTwiceAndWritesItsFigures() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Instant start = Instant.now();
        SoakFigures figures = new Soak(MirrorSnapshot.standard(), FaultSpec.parse("mixed,timeout:hold=3000"), 11, data,
                Settings.defaults(), out).run(Duration.ofSeconds(1), "BoundedSoakTest (mvn test)");
        figures.print(out);
        Path json = figures.write(Path.of("target", "reliability"));
        String printed = log.toString(StandardCharsets.UTF_8);
        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertEquals("faults", written.get("part").asText());
        assertEquals(figures.faultsInjected(), written.get("faults_injected").asLong());
        assertTrue(figures.faultsInjected() > 0, printed);
        assertEquals(0, figures.lost(), printed);
        assertEquals(0, figures.duplicates(), printed);
        assertTrue(figures.passed(), printed);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 120, "the bounded soak should stay short");
    }
}
