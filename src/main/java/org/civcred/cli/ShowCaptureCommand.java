package org.civcred.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.jobs.SparkSessions;
import org.civcred.research.CaptureLookup;
import org.civcred.research.CaptureReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows the archived page behind a capture id or document id, read back from its WARC file. */
@Command(name = "show-capture", mixinStandardHelpOptions = true,
        description = {"Show an archived capture: WARC file and offset, record id, date, target URI, HTTP status"
            + " line and headers, then the page decoded with its charset. Revisits show the capture they refer to.",
            "Example: bin/civcred show-capture urn:uuid:… --data /tmp/civcred-demo --headers-only"})
final class ShowCaptureCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ID", description = "A capture_id (from captures) or a doc_id (from documents).")
    String id;

    @Option(names = "--headers-only", description = "Stop after the record and HTTP headers.")
    boolean headersOnly;

    @Option(names = "--raw", description = "Write only the payload bytes as archived to stdout (for a file or another tool).")
    boolean raw;

    @Override
    public Integer call() throws IOException {
        if (raw && headersOnly) {
            throw Errors.usage("--raw and --headers-only exclude each other", "Choose one");
        }
        SparkSession spark = SparkSessions.create("civcred show-capture", common.settings());
        CaptureReport.Detail detail = raw ? CaptureReport.Detail.RAW
                : headersOnly ? CaptureReport.Detail.HEADERS_ONLY : CaptureReport.Detail.FULL;
        new CaptureReport(new CaptureLookup(spark, common.data), spark.sparkContext().hadoopConfiguration())
                .show(id, detail, System.out);
        System.out.flush();
        return 0;
    }
}
