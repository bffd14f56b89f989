package org.civcred.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.SparkSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code civcred-bench extract}: pages per second per core of the extract job's per-capture path
 * inside Spark against one thread reading the same WARC pages with jwarc and parsing them with
 * jsoup outside Spark. Each side also runs a read-only pass, which splits the time into reading
 * (WARC, gzip, HTTP), parsing and the rest of extraction.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extraction pages/s/core in Spark vs a single-thread jwarc + Jsoup.parse reference.")
public final class ExtractBench implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractBench.class);
    private static final long WARM_UP_PAGES = 300;

    @Option(names = "--warc", required = true, arity = "1..*", paramLabel = "DIR_OR_FILE",
            description = "WARC files, or directories searched for *.warc and *.warc.gz.")
    List<Path> warc;

    @Option(names = "--limit", description = "Read at most this many HTML pages (all by default).")
    Long limit;

    @Mixin
    BenchOutput output;

    @Override
    public Integer call() {
        long max = limit == null ? Long.MAX_VALUE : limit;
        if (max < 1) {
            throw Errors.usage("--limit must be at least 1", "give a positive number of pages");
        }
        List<Path> files = WarcPages.files(warc);
        SparkSession spark = SparkSessions.create("civcred-bench-extract", Settings.load(null, System.getProperties()));
        int cores = spark.sparkContext().defaultParallelism();

        LOG.info("extract bench: warm-up");
        ExtractReference.Pass warmUp = ExtractReference.readAndParse(files, WARM_UP_PAGES);
        ExtractSpark.extract(spark, warmUp.perFile());

        ExtractReference.Pass read = ExtractReference.readOnly(files, max);
        ExtractReference.Pass parsed = ExtractReference.readAndParse(files, max);
        LOG.info("extract bench: Spark, {} files on {} cores", parsed.perFile().size(), cores);
        ExtractSpark.Pass sparkRead = ExtractSpark.readOnly(spark, parsed.perFile());
        ExtractSpark.Pass sparkExtract = ExtractSpark.extract(spark, parsed.perFile());

        BenchReport report = new BenchReport("extract", Clock.systemUTC())
                .parameter("warc", warc.toString()).parameter("files", parsed.perFile().size())
                .parameter("limit", limit).parameter("spark_master", spark.sparkContext().master())
                .parameter("cores", cores);
        report.row(row("reference: jwarc read (1 thread)", read.pages(), read.seconds(), 1));
        report.row(row("reference: jwarc read + Jsoup.parse (1 thread)", parsed.pages(), parsed.seconds(), 1));
        report.row(row("civcred in Spark: read only", sparkRead.pages(), sparkRead.seconds(), cores));
        report.row(row("civcred in Spark: read + extract", sparkExtract.pages(), sparkExtract.seconds(), cores));
        double civcredPerCore = sparkExtract.pages() / sparkExtract.seconds() / cores;
        report.figure("civcred_pages_per_s_per_core", civcredPerCore);
        report.figure("reference_pages_per_s_1_thread", parsed.pagesPerSecond());
        report.figure("ratio_civcred_per_core_vs_jsoup_1_thread", civcredPerCore / parsed.pagesPerSecond());
        report.figure("extract_output_rows", sparkExtract.rows());
        double pages = parsed.pages();
        report.figure("phase_ms_per_page_read_warc_1_thread", 1000 * read.seconds() / pages);
        report.figure("phase_ms_per_page_jsoup_parse_1_thread", 1000 * (parsed.seconds() - read.seconds()) / pages);
        report.figure("phase_ms_per_page_core_extract_beyond_read",
                1000 * cores * (sparkExtract.seconds() - sparkRead.seconds()) / pages);
        report.finish(output.dir());
        return 0;
    }

    private static Map<String, Object> row(String what, long pages, double seconds, int cores) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("run", what);
        row.put("cores", cores);
        row.put("pages", pages);
        row.put("seconds", seconds);
        row.put("pages_per_s", pages / seconds);
        row.put("pages_per_s_per_core", pages / seconds / cores);
        return row;
    }
}
