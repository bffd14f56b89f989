package org.civcred.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.civcred.config.Errors;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.mirror.fault.FaultSpec;
import org.civcred.mirror.fault.Soak;
import org.civcred.mirror.fault.SoakFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A long crawl of the offline mirror under mixed faults, judged round by round against its ground truth. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Crawl the offline mirror again and again under injected faults until the time is up,",
            "then print the figures: requests, faults per kind, pages expected and captured, lost, captured twice,",
            "unrecoverable pages and their reasons, traps cut, peak heap, requests/s.",
            "Exits 1 if a recoverable page was lost or a page captured twice.",
            "Example: bin/civcred soak --minutes 5 --faults mixed,5xx:0.1"})
final class SoakCommand implements Callable<Integer> {

    @Option(names = "--minutes", defaultValue = "5", description = "How long to keep crawling. Default: ${DEFAULT-VALUE}")
    double minutes;

    @Option(names = "--faults", defaultValue = "all,timeout:hold=10000,oversized:bytes=3m", paramLabel = "SPEC",
            description = "Fault spec (see docs/faults.md). Default: ${DEFAULT-VALUE}")
    String faults;

    @Option(names = "--seed", defaultValue = "1", description = "Fault seed of the first round; each round adds one. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Scratch directory for the rounds' WARC files (deleted after each round). Default: a temporary directory")
    Path data;

    @Option(names = "--json-dir", paramLabel = "DIR", defaultValue = "target/reliability",
            description = "Where faults.json goes. Default: ${DEFAULT-VALUE}")
    Path jsonDir;

    @Option(names = "--conf", paramLabel = "FILE", description = "Settings overrides (timeouts and back-offs are shortened for the soak).")
    Path conf;

    @Override
    public Integer call() throws Exception {
        if (!(minutes > 0)) {
            throw Errors.usage("--minutes " + minutes + " is not a positive duration", "Give the soak's length in minutes, e.g. --minutes 5");
        }
        FaultSpec spec = FaultSpec.parse(faults);
        Path dir = data != null ? data : Files.createTempDirectory("civcred-soak");
        System.out.printf("soak: %.1f min of whole-mirror crawls under faults '%s', seeds from %d, scratch %s%n",
                minutes, spec, seed, dir);
        Soak soak = new Soak(MirrorSnapshot.standard(), spec, seed, dir,
                org.civcred.config.Settings.load(conf, System.getProperties()), System.out);
        SoakFigures figures = soak.run(Duration.ofMillis((long) (minutes * 60_000)),
                "bin/civcred soak --minutes " + minutes + " --faults " + faults + " --seed " + seed);
        figures.print(System.out);
        Path json = figures.write(jsonDir);
        System.out.println("figures written to " + json);
        return figures.passed() ? 0 : 1;
    }
}
