package org.civcred.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civcred.synth.SynthCorpus;
import org.civcred.synth.SynthOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a deterministic synthetic WARC corpus with planted overlaps and its ground truth. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic WARC corpus of N pages from the mirror's ten hosts, with planted",
            "overlaps, same-name distractors, ground-truth.json and synth.json.",
            "Example: bin/civcred synth --pages 10000 --out /tmp/synth-10k",
            "Then:    bin/civcred import-warc --data /tmp/d /tmp/synth-10k && bin/civcred run all --data /tmp/d"})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--pages", required = true, paramLabel = "N", description = "Number of pages to write.")
    long pages;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty directory for the corpus.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; same pages and seed give the same bytes. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--file-pages", defaultValue = "20000", paramLabel = "K",
            description = "Pages per WARC file. Default: ${DEFAULT-VALUE}")
    int filePages;

    @Override
    public Integer call() {
        SynthCorpus.Summary s = SynthCorpus.write(new SynthOptions(pages, out, seed, filePages), System.out);
        System.out.printf("synth: wrote %,d pages in %d blocks (scale %d) to %d WARC files, %,d bytes, in %.1f s%n",
                s.pages(), s.blocks(), s.scale(), s.files(), s.bytes(), s.seconds());
        System.out.println("  ground truth: " + out.resolve("ground-truth.json") + ", counts: " + out.resolve("synth.json"));
        return 0;
    }
}
