package org.civcred.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark writes its JSON; shared by every bench command. */
public final class BenchOutput {

    @Option(names = "--json-dir", defaultValue = "target/bench",
            description = "Directory for the JSON result. Default: ${DEFAULT-VALUE}")
    Path jsonDir;

    public Path dir() {
        return jsonDir;
    }
}
