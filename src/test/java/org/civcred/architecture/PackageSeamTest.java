package org.civcred.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seam between harvesting and processing: crawl code never imports Spark or Delta, job code
 * never imports the crawler; both share model, storage, site and text, which import neither.
 * Serving code (the Kernel reader and the dashboard) reads tables without Spark.
 */
class PackageSeamTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "civcred");

    private static List<String> offenders(List<String> packages, List<String> forbiddenImports) throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        for (String forbidden : forbiddenImports) {
                            if (line.startsWith("import " + forbidden)) {
                                found.add(f + ": " + line);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void harvestingAndSharedCodeNeverImportSparkOrDelta() throws IOException {
        assertEquals(List.of(), offenders(List.of("crawl", "site", "storage", "text", "model", "mirror"),
                List.of("org.apache.spark", "io.delta")));
    }

    @Test
    void jobsAndTablesNeverImportTheCrawler() throws IOException {
        assertEquals(List.of(), offenders(List.of("jobs", "tables", "site", "storage", "text", "model"),
                List.of("org.civcred.crawl", "org.civcred.mirror", "org.civcred.cli")));
    }

    @Test
    void servingCodeNeverImportsSparkOrTheSparkSideOfCivcred() throws IOException {
        assertEquals(List.of(), offenders(List.of("serve", "dashboard"),
                List.of("org.apache.spark", "io.delta.tables", "io.delta.sql", "scala.", "org.civcred.jobs",
                        "org.civcred.tables", "org.civcred.crawl", "org.civcred.mirror", "org.civcred.cli")));
    }
}
