package org.civcred.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.extract.ExtractJob;
import org.civcred.jobs.ingest.ProfileRegistry;
import org.civcred.site.SiteProfile;
import org.civcred.site.SiteRegistry;

/**
 * The extract job's own per-capture path inside Spark: one task per WARC file turns its pages
 * into rows shaped like the selected captures ({@code PageSelection.pages}), and
 * {@link ExtractJob#extract} runs the site profiles' extractors, the family decision and the
 * document and list-entry mappers on each. Each task reads exactly the pages the reference read
 * from its file. A second pass only reads, so read and extraction costs can be told apart.
 */
final class ExtractSpark {

    private static final StructType SELECTED = new StructType()
            .add("capture_id", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("host", DataTypes.StringType).add("site", DataTypes.StringType)
            .add("family", DataTypes.StringType).add("fetch_time", DataTypes.TimestampType)
            .add("status", DataTypes.IntegerType).add("content_type", DataTypes.StringType)
            .add("body", DataTypes.BinaryType).add("payload_digest", DataTypes.StringType)
            .add("request_key", DataTypes.StringType).add("request_method", DataTypes.StringType)
            .add("warc_file", DataTypes.StringType).add("warc_offset", DataTypes.LongType)
            .add("record_type", DataTypes.StringType).add("outcome", DataTypes.StringType)
            .add("resolved", DataTypes.BooleanType);
    /** A fixed key: ids hashed for the benchmark are never stored. */
    private static final byte[] BENCH_KEY = "civcred-bench-extract-id-hash-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Pages, output rows and seconds of one pass. */
    record Pass(long pages, long rows, double seconds) {
    }

    private ExtractSpark() {
    }

    static Pass readOnly(SparkSession spark, Map<Path, Long> perFile) {
        long start = System.nanoTime();
        long pages = selected(spark, perFile).count();
        return new Pass(pages, pages, (System.nanoTime() - start) / 1e9);
    }

    static Pass extract(SparkSession spark, Map<Path, Long> perFile) {
        long start = System.nanoTime();
        long rows = ExtractJob.extract(selected(spark, perFile), BENCH_KEY, "bench",
                new Timestamp(System.currentTimeMillis())).count();
        long pages = perFile.values().stream().mapToLong(Long::longValue).sum();
        return new Pass(pages, rows, (System.nanoTime() - start) / 1e9);
    }

    private static Dataset<Row> selected(SparkSession spark, Map<Path, Long> perFile) {
        List<String> tasks = new ArrayList<>();
        perFile.forEach((file, n) -> tasks.add(n + "\t" + file));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<String> files = spark.createDataset(jsc.parallelize(tasks, Math.max(1, tasks.size())).rdd(), Encoders.STRING());
        return files.flatMap(pagesOf(), Encoders.row(SELECTED));
    }

    private static FlatMapFunction<String, Row> pagesOf() {
        return task -> {
            int tab = task.indexOf('\t');
            long limit = Long.parseLong(task.substring(0, tab));
            Iterator<WarcPages.WarcPage> pages = WarcPages.lazily(Path.of(task.substring(tab + 1)), limit);
            SiteRegistry registry = ProfileRegistry.get();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pages.hasNext();
                }

                @Override
                public Row next() {
                    return row(pages.next(), registry);
                }
            };
        };
    }

    private static Row row(WarcPages.WarcPage p, SiteRegistry registry) {
        String host = java.net.URI.create(p.url()).getHost();
        // With its schema: the extractor reads columns by name, and the row reaches it without a round trip.
        return new GenericRowWithSchema(new Object[] {p.recordId(), p.url(), host,
                registry.forUrl(p.url()).map(SiteProfile::id).orElse(null),
                registry.familyOf(p.url()).map(f -> f.id()).orElse(null),
                p.date() == null ? null : Timestamp.from(p.date()), p.status(), p.contentType(), p.body(), null,
                "GET " + p.url(), "GET", p.file(), p.offset(), "response", null, true}, SELECTED);
    }
}
