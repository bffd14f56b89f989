package org.civcred.mirror.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedFaultsProbeTest {
    @TempDir
    Path data;

    @Test
    void probe() throws Exception {
        long t = System.nanoTime();
        FaultCrawl c = FaultCrawl.run(System.getProperty("spec", "all,timeout:0.01:hold=3000,oversized:bytes=2m"), 7, data, "probe");
        c.check().print(System.out);
        System.out.println(c.counts().perKind() + " requests " + c.counts().requests() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        assertTrue(c.check().passed());
    }
}
