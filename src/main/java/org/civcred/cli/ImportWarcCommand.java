package org.civcred.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.SparkSessions;
import org.civcred.jobs.ingest.IngestJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Ingests WARC files written elsewhere (web archives, other crawlers) through the same path as civcred's own. */
@Command(name = "import-warc", mixinStandardHelpOptions = true,
        description = {"Ingest WARC files written elsewhere into captures (then run extract and the rest with run).",
            "Example: bin/civcred import-warc --data /tmp/civcred-demo archive-2019.warc.gz more/"})
final class ImportWarcCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WARC files or directories (paths or Hadoop URIs).")
    List<String> files;

    @Override
    public Integer call() {
        Settings settings = common.settings();
        Clock clock = Clock.systemUTC();
        SparkSession spark = SparkSessions.create("civcred import-warc", settings);
        String runId = CrawlIds.fresh("import", clock);
        List<JobResult> results = PipelineRun.run(spark, common.data, settings, runId, clock,
                List.of(new IngestJob(files)));
        results.forEach(r -> System.out.println(r.job() + ": " + r.counts()));
        System.out.println("Next: bin/civcred run all --data " + common.data + " (extract and the overlap jobs)");
        return 0;
    }
}
