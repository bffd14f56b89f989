package org.civcred.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.SparkSessions;
import org.civcred.report.AsOf;
import org.civcred.report.ChartFont;
import org.civcred.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the self-contained HTML report of the gold tables, with its charts beside it as PNG files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML report of the gold tables: overlapping persons per month and"
            + " province, republication lags, shared terms, cross-mentions over time and the cities table, with the"
            + " table versions read and how to cite every figure.",
            "Example: bin/civcred report --data /tmp/civcred-demo   (writes /tmp/civcred-demo/report/index.html)"})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "FILE",
            description = "HTML file to write; the chart PNGs go beside it. Default: <data>/report/index.html")
    Path out;

    @Option(names = "--as-of", paramLabel = "VERSION",
            description = "Read the gold tables as of a Delta version (3), per-table versions"
                + " (overlap_persons=3,overlap_terms=1), or a date or time (2026-11-22, 2026-11-22T20:15:00Z)."
                + " Default: the latest versions.")
    String asOf;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        AsOf versions = AsOf.parse(asOf);
        Optional<Path> local = localDataDir();
        Path html = out != null ? out : local.orElseThrow(() -> Errors.usage(
                "The report is written to a local file, and --data " + common.data + " is not local",
                "Give --out FILE for the HTML")).resolve("report").resolve("index.html");
        // Charts are drawn off-screen; a DISPLAY variable must not make AWT try to open one.
        System.setProperty("java.awt.headless", "true");
        String fontFile = settings.string("report.font-file");
        ChartFont font = ChartFont.find(fontFile.isBlank() ? Optional.empty() : Optional.of(Path.of(fontFile)));
        SparkSession spark = SparkSessions.create("civcred report", settings);
        Report.Result result = new Report(spark, font, Clock.systemUTC()).write(common.data, versions, html);
        System.out.println("report: " + result.html().toAbsolutePath() + " (" + result.sections().size() + " sections, "
                + result.pngs().size() + " charts" + (font.cjk() ? "" : "; no CJK font, charts use codes") + ")");
        return 0;
    }

    /** The data directory as a local path, which must exist; empty for a remote URI (hdfs://, s3a://). */
    private Optional<Path> localDataDir() {
        String data = common.data;
        Path dir;
        if (data.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !data.matches("^[a-zA-Z]:\\\\.*")) {
            if (!data.startsWith("file:")) {
                return Optional.empty();
            }
            dir = Path.of(URI.create(data));
        } else {
            dir = Path.of(data);
        }
        if (!Files.isDirectory(dir)) {
            throw Errors.usage("No data directory at " + dir,
                    "Give --data the directory a crawl and bin/civcred run all wrote (or bin/civcred demo)");
        }
        return Optional.of(dir);
    }
}
