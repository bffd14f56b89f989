package org.civcred.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/civcred-reliability}: the long forms of the reliability checks, and the figures table. */
@Command(name = "civcred-reliability", mixinStandardHelpOptions = true,
        subcommands = {ReliabilityMain.Crash.class, ReliabilityMain.CrashFinishCommand.class, ReliabilityMain.Figures.class},
        description = "Reliability harnesses; each prints a table and writes target/reliability/<part>.json.")
public final class ReliabilityMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReliabilityMain()).execute(args));
    }

    @Command(name = "crash", mixinStandardHelpOptions = true,
            description = {"Kill the crawl and every job with SIGKILL at seeded random points, rerun, and compare with an "
                + "uninterrupted run.", "Example: bin/civcred-reliability crash --kills 24 --seed 7"})
    static final class Crash implements Callable<Integer> {

        @Option(names = "--kills", defaultValue = "24", description = "SIGKILLs to aim (default ${DEFAULT-VALUE}).")
        int kills;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the kill points (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work", description = {"Working directory (default: a new temporary one).",
            "Rerun with the same one to redo only the checks."})
        Path work;

        @Option(names = "--site", split = ",", description = "Only these site profiles (default: every one).")
        List<String> sites = List.of();

        @Option(names = "--job-time", defaultValue = "60",
                description = "Seconds a job counts as taking until the uninterrupted run has timed it (default ${DEFAULT-VALUE}).")
        long jobSeconds;

        @Option(names = "--out", description = "Directory for crash.json (default: target/reliability).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Instant started = Instant.now();
            Path dir = work != null ? work : Files.createTempDirectory("civcred-crash");
            String master = System.getenv().getOrDefault("CIVCRED_SPARK_MASTER", "local[2]");
            String command = "bin/civcred-reliability crash --kills " + kills + " --seed " + seed;
            CrashResult result = new CrashHarness(new CrashOptions(kills, seed, dir, org.civcred.jobs.Pipeline.names(), sites, master,
                    Duration.ofSeconds(jobSeconds), Duration.ofMinutes(15), command)).run();
            CrashReport.print(result, System.out);
            Path file = ReliabilityJson.write(out != null ? out : ReliabilityJson.dir(), "crash",
                    CrashReport.figures(result, command, started));
            System.out.println("figures in " + file + "; data directories under " + dir);
            return result.checksFailed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "crash-finish", mixinStandardHelpOptions = true,
            description = "Finish a crash run whose harness was stopped part-way: rerun the killed pipeline to the end, "
                + "then the same checks and figures.")
    static final class CrashFinishCommand implements Callable<Integer> {

        @Option(names = "--work", required = true, description = "The stopped run's working directory.")
        Path work;

        @Option(names = "--harness-log", required = true, description = "The stopped harness's log (its kill lines).")
        Path harnessLog;

        @Option(names = "--out", description = "Directory for crash.json (default: target/reliability).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Instant started = Instant.now();
            String master = System.getenv().getOrDefault("CIVCRED_SPARK_MASTER", "local[2]");
            String command = "bin/civcred-reliability crash-finish --work " + work;
            CrashResult result = CrashFinish.finish(work, harnessLog, CrashHarness.children(master), 60);
            CrashReport.print(result, System.out);
            Path file = ReliabilityJson.write(out != null ? out : ReliabilityJson.dir(), "crash",
                    CrashReport.figures(result, command, started));
            System.out.println("figures in " + file);
            return result.checksFailed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "figures", mixinStandardHelpOptions = true,
            description = "Print the RELIABILITY.md figures table from target/reliability/*.json.")
    static final class Figures implements Callable<Integer> {

        @Option(names = "--dir", description = "Directory of the JSON files (default: target/reliability).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            System.out.print(ReliabilityFigures.table(dir != null ? dir : ReliabilityJson.dir()));
            return 0;
        }
    }
}
