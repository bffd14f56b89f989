package org.civcred.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityFiguresTest {

    @TempDir
    Path dir;

    @Test
    void eachPartsFiguresBecomeARowAndMissingPartsSayNotRun() throws Exception {
        ReliabilityJson.write(dir, "crash", Map.of("part", "crash", "command", "bin/civcred-reliability crash",
                "kills", 24, "rows_lost", 0, "duplicates", 0, "checks_failed", 0, "seconds", 812.4));
        ReliabilityJson.write(dir, "privacy", Map.of("part", "privacy", "command", "mvn test -Dtest=Privacy*",
                "unmasked_found", 2, "checks", 9, "checks_failed", 2, "seconds", 3));

        String table = ReliabilityFigures.table(dir);

        assertTrue(table.contains("| crash | `bin/civcred-reliability crash` | passed | – | 24 | – | 0 | 0 | – | 812 |"),
                table);
        assertTrue(table.contains("| privacy | `mvn test -Dtest=Privacy*` | 9 checks, 2 failed | – | – | – | – | – | 2 | 3 |"),
                table);
        assertTrue(table.contains("| faults | not run |"), table);
        assertTrue(table.contains("| bad-input | not run |"), table);
        assertTrue(table.contains("| **total** | | | 0 | 24 | 0 | 0 | 0 | 2 | 815 |"), table);
    }

    @Test
    void lossesAndLeaksUnderTheirPartsOwnNamesAddUpInTheirColumns() throws Exception {
        ReliabilityJson.write(dir, "faults", Map.of("part", "faults", "command", "bin/civcred soak",
                "faults_injected", 349, "pages_lost", 1, "duplicates", 0, "checks_failed", 1, "seconds", 25));
        ReliabilityJson.write(dir, "bad-input", Map.of("part", "bad-input", "command", "mvn test",
                "bad_inputs", 39, "silently_lost", 2, "good_records_lost", 3, "checks_failed", 0, "seconds", 60));
        ReliabilityJson.write(dir, "privacy", Map.of("part", "privacy", "command", "mvn test",
                "unmasked_found", 1, "mobiles_found", 4, "checks_failed", 0, "seconds", 5));

        String table = ReliabilityFigures.table(dir);

        assertTrue(table.contains("| faults | `bin/civcred soak` | 1 failed | 349 | – | – | 1 | 0 | – | 25 |"), table);
        assertTrue(table.contains("| bad-input | `mvn test` | passed | – | – | 39 | 5 | – | – | 60 |"), table);
        assertTrue(table.contains("| privacy | `mvn test` | passed | – | – | – | – | – | 5 | 5 |"), table);
    }

    @Test
    void anEmptyOrMissingDirectoryGivesEveryPartAsNotRun() {
        String table = ReliabilityFigures.table(dir.resolve("absent"));

        for (String part : ReliabilityFigures.PARTS) {
            assertTrue(table.contains("| " + part + " | not run |"), table);
        }
    }
}
