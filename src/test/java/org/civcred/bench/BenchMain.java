package org.civcred.bench;

import org.civcred.cli.ErrorHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code civcred-bench} command: benchmarks that compare civcred with what a user would pick
 * instead. They live with the tests because the baselines (Spark MLlib) are test-scope only.
 */
@Command(name = "civcred-bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks of civcred against its baselines; each prints a table and writes JSON.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DedupeBench.class,
            ExtractBench.class,
            EndToEndCommand.class,
            ScalingCommand.class,
            PersonsBench.class
        })
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
