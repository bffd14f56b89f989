package org.civcred.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void defaultsKeepLiveHostsAtLeastThreeSecondsApart() {
        Settings s = Settings.defaults();
        assertTrue(s.duration("crawl.delay.default").compareTo(Duration.ofSeconds(3)) >= 0);
        assertEquals(Duration.ofSeconds(3), s.duration("crawl.delay.live-minimum"));
    }

    @Test
    void aFileOverridesDefaultsAndDashDOverridesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("civcred.properties");
        Files.writeString(file, "crawl.threads=3\ncrawl.delay.default=10s\n");
        Settings s = Settings.load(file, Map.of("civcred.crawl.threads", "5", "user.home", "/x"));
        assertEquals(5, s.integer("crawl.threads"));
        assertEquals(Duration.ofSeconds(10), s.duration("crawl.delay.default"));
        assertEquals(file.toString(), s.source("crawl.delay.default"));
        assertEquals("-Dcivcred.crawl.threads", s.source("crawl.threads"));
    }

    @Test
    void aMisspelledKeyIsRejectedWithItsSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "crawl.thread=3\n");
        CivcredException e = assertThrows(CivcredException.class, () -> Settings.load(file, Map.of()));
        assertTrue(e.getMessage().contains("crawl.thread"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void aMalformedDurationNamesTheKeyAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "crawl.delay.default=three seconds\n");
        Settings s = Settings.load(file, Map.of());
        CivcredException e = assertThrows(CivcredException.class, () -> s.duration("crawl.delay.default"));
        assertTrue(e.getMessage().contains("crawl.delay.default") && e.getMessage().contains(file.toString()));
    }

    @Test
    void durationsAndSizesParseTheirUnits() {
        assertEquals(Duration.ofMillis(250), Settings.parseDuration("250ms"));
        assertEquals(Duration.ofMillis(1500), Settings.parseDuration("1.5s"));
        assertEquals(Duration.ofMinutes(10), Settings.parseDuration("10m"));
        assertEquals(Duration.ofSeconds(4), Settings.parseDuration("4"));
        assertNull(Settings.parseDuration("soon"));
        assertEquals(8L << 20, Settings.defaults().bytes("crawl.max-body-bytes"));
    }

    @Test
    void aMissingOverrideFileIsAUsageError() {
        CivcredException e = assertThrows(CivcredException.class,
                () -> Settings.load(Path.of("/nonexistent/civcred.properties"), Map.of()));
        assertEquals(2, e.exitCode());
    }
}
