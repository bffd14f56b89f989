package org.civcred.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civcred.config.Errors;
import org.civcred.mirror.GroundTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline at scale, run as a user runs it: a synthetic corpus (or one given), then
 * {@code bin/civcred import-warc} and {@code bin/civcred run all} in child JVMs with a fixed heap and
 * {@code local[2]}; measured from outside (wall time, peak RSS, GC-log heap) and from what the run
 * recorded (job_runs, the tables' snapshots), and scored against the corpus's ground truth.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = {"End to end at scale: synth corpus, import-warc and run all in child JVMs; wall time per phase,"
            + " peak heap and RSS, table sizes, cost per 1,000 pages, overlap precision and recall.",
            "Example: bin/civcred-bench e2e --pages 10000 --seed 7"})
final class EndToEndCommand implements Callable<Integer> {

    @Option(names = "--pages", description = "Pages of the synthetic corpus (ignored with --corpus).")
    Integer pages;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic corpus. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Reuse a corpus (WARC files, ground-truth.json) instead of generating one.")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = "Working directory. Default: target/bench/e2e-<pages>")
    Path work;

    @Option(names = "--heap", defaultValue = "8g", description = "-Xmx of the child JVMs. Default: ${DEFAULT-VALUE}")
    String heap;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master of the child JVMs. Default: ${DEFAULT-VALUE}")
    String master;

    @Option(names = "--keep", description = "Keep the data directory (and a generated corpus) afterwards.")
    boolean keep;

    @Mixin
    BenchOutput output;

    @Override
    public Integer call() throws Exception {
        if (corpus == null && (pages == null || pages < 1)) {
            throw Errors.usage("e2e needs --pages N (a corpus to generate) or --corpus DIR", "For example: --pages 10000");
        }
        Path dir = (work != null ? work : Path.of("target/bench", "e2e-" + (pages != null ? pages : "corpus"))).toAbsolutePath();
        Path data = dir.resolve("data");
        BenchFiles.deleteTree(data);
        Files.createDirectories(dir);
        String civcred = BenchFiles.launcher("civcred").toString();
        List<ChildRun.Outcome> children = new ArrayList<>();

        Path corpusDir = corpus != null ? corpus.toAbsolutePath() : dir.resolve("corpus");
        if (corpus == null) {
            BenchFiles.deleteTree(corpusDir);
            children.add(child(dir, "synth", List.of(civcred, "synth", "--pages", pages.toString(), "--out", corpusDir.toString(),
                    "--seed", Long.toString(seed))));
        }
        children.add(child(dir, "import-warc", List.of(civcred, "import-warc", "--data", data.toString(), corpusDir.toString())));
        children.add(child(dir, "run-all", List.of(civcred, "run", "all", "--data", data.toString(), "--run-id", "e2e-run")));
        RowCounts counts = RowCounts.of(civcred, data, dir.resolve("logs"), env(dir, "count"));

        EndToEndReport report = new EndToEndReport(Clock.systemUTC(), corpusPages(corpusDir, counts));
        report.parameters(pages, seed, corpusDir, heap, master);
        report.phases(children, RunRecords.read(data.toString()), gcPeak(dir, children));
        report.tables(TableFootprint.of(data.toString()), counts);
        Path truthFile = corpusDir.resolve("ground-truth.json");
        if (Files.exists(truthFile)) {
            GroundTruth truth = GoldScore.readTruth(truthFile);
            report.score("overlap_persons", GoldScore.persons(data.toString(), truth));
            report.score("overlap_articles", GoldScore.articles(data.toString(), truth));
        }
        report.finish(output.dir());
        if (!keep) {
            BenchFiles.deleteTree(data);
            if (corpus == null) {
                BenchFiles.deleteTree(corpusDir);
            }
        }
        return children.stream().allMatch(ChildRun.Outcome::succeeded) ? 0 : 1;
    }

    private ChildRun.Outcome child(Path dir, String phase, List<String> command) {
        ChildRun.Outcome outcome = ChildRun.run(phase, command, env(dir, phase), dir.resolve("logs").resolve(phase + ".log"));
        if (!outcome.succeeded()) {
            throw Errors.usage(phase + " failed with exit code " + outcome.exitCode(), "See its output in " + outcome.log());
        }
        return outcome;
    }

    /** The child's JVM: the heap asked for, a GC log to read the heap peaks from, and the Spark master. */
    private Map<String, String> env(Path dir, String phase) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CIVCRED_SPARK_MASTER", master);
        env.put("CIVCRED_JAVA_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog(dir, phase));
        return env;
    }

    private static Path gcLog(Path dir, String phase) {
        return dir.resolve("logs").resolve("gc-" + phase + ".log");
    }

    private static Map<String, GcLogPeak> gcPeak(Path dir, List<ChildRun.Outcome> children) {
        Map<String, GcLogPeak> peaks = new LinkedHashMap<>();
        children.forEach(c -> peaks.put(c.phase(), GcLogPeak.read(gcLog(dir, c.phase()))));
        return peaks;
    }

    /** Pages of the corpus: what synth.json says it generated, else the captures ingested. */
    private static long corpusPages(Path corpusDir, RowCounts counts) {
        return SynthManifest.pages(corpusDir.resolve("synth.json")).orElse(counts.rows("captures"));
    }
}
