package org.civcred.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.civcred.config.CivcredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthDeterminismTest {

    @Test
    void theSamePagesAndSeedGiveByteIdenticalFiles(@TempDir Path dir) throws IOException {
        SynthCorpus.write(new SynthOptions(600, dir.resolve("a"), 7, 250), null);
        SynthCorpus.write(new SynthOptions(600, dir.resolve("b"), 7, 250), null);
        List<String> names = List.of("synth-00000.warc.gz", "synth-00001.warc.gz", "synth-00002.warc.gz", "ground-truth.json", "synth.json");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        assertFalse(Files.exists(dir.resolve("a").resolve("synth-00003.warc.gz")), "600 pages at 250 a file make three files");
    }

    @Test
    void anotherSeedGivesAnotherCorpus(@TempDir Path dir) throws IOException {
        SynthCorpus.write(new SynthOptions(500, dir.resolve("a"), 7, 1000), null);
        SynthCorpus.write(new SynthOptions(500, dir.resolve("b"), 8, 1000), null);
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/ground-truth.json")), Files.readAllBytes(dir.resolve("b/ground-truth.json"))));
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/synth-00000.warc.gz")), Files.readAllBytes(dir.resolve("b/synth-00000.warc.gz"))));
    }

    @Test
    void aNonEmptyOutputDirectoryOrNoPagesIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("left-over.txt"), "x");
        CivcredException full = assertThrows(CivcredException.class, () -> SynthCorpus.write(new SynthOptions(100, dir, 1, 100), null));
        assertTrue(full.getMessage().contains("not empty"), full.getMessage());
        CivcredException none = assertThrows(CivcredException.class,
                () -> SynthCorpus.write(new SynthOptions(0, dir.resolve("new"), 1, 100), null));
        assertTrue(none.getMessage().contains("--pages"), none.getMessage());
        assertEquals(1, Files.list(dir).count(), "nothing is written when the options are refused");
    }
}
