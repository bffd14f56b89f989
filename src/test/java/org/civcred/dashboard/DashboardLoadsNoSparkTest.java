package org.civcred.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civcred.testing.MirrorPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's whole read path (Kernel, panels, archived copies) in a fresh JVM with class
 * loading traced: no Spark or Delta-on-Spark class is ever loaded, although both are on the
 * class path. The source-level rule is in PackageSeamTest; this catches what imports cannot,
 * such as a helper in another package that reaches for Spark.
 */
class DashboardLoadsNoSparkTest {

    @Test
    void servingThePageAndAnArchivedCopyLoadsNoSparkClass(@TempDir Path dir) throws Exception {
        Path data = MirrorPipeline.get().data();
        Path log = dir.resolve("classes.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-verbose:class", "-cp", System.getProperty("java.class.path"),
                ServeOnce.class.getName(), data.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the child JVM finished");
        List<String> lines = Files.readAllLines(log);
        assertEquals(0, child.exitValue(), () -> String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SERVED persons=") && l.endsWith("capture=200")),
                "the child served the page and a capture");
        assertTrue(lines.stream().anyMatch(l -> l.contains("io.delta.kernel.defaults.engine.DefaultEngine")),
                "class loading is traced");
        assertEquals(List.of(), lines.stream()
                .filter(l -> l.contains(" org.apache.spark.") || l.contains(" io.delta.tables.")
                        || l.contains(" org.apache.spark.sql.delta.") || l.contains(" scala."))
                .limit(5).toList());
    }
}
