package org.civcred.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares output with a committed expected file, or rewrites it under {@code -Dgolden.update=true}. */
final class Golden {

    private Golden() {
    }

    static void check(Path expectedFile, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing; run with -Dgolden.update=true to create it");
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "golden " + expectedFile);
    }
}
