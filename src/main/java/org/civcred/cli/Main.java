package org.civcred.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code civcred} command: one entry point, one class per subcommand. */
@Command(name = "civcred",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Harvests China's credit and civilization platforms into WARC and builds overlap datasets.",
        subcommands = {
            DemoCommand.class,
            MirrorCommand.class,
            SoakCommand.class,
            CrawlCommand.class,
            CheckSiteCommand.class,
            BenchCrawlCommand.class,
            SqlCommand.class,
            RunsCommand.class,
            DqCommand.class,
            RunCommand.class,
            ImportWarcCommand.class,
            ExportCommand.class,
            ShowCaptureCommand.class,
            DashboardCommand.class,
            ReportCommand.class,
            OptimizeCommand.class,
            SynthCommand.class,
            SynthScoreCommand.class,
            KeygenCommand.class,
            ScanLeaksCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
