package org.civcred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File chores of the benchmarks that run civcred in child JVMs. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** A launcher under {@code bin/} of this checkout ({@code CIVCRED_HOME}, set by bin/civcred-bench; else the working directory). */
    static Path launcher(String name) {
        String home = System.getenv("CIVCRED_HOME");
        Path bin = Path.of(home != null ? home : ".").toAbsolutePath().resolve("bin").resolve(name);
        if (!Files.isExecutable(bin)) {
            throw org.civcred.config.Errors.usage("No executable " + bin, "Run the benchmark with bin/civcred-bench from a civcred checkout");
        }
        return bin;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete " + p, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
