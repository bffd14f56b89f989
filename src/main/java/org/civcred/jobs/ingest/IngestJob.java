package org.civcred.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ingest}: WARC files → bronze {@code captures}, one row per response or revisit record.
 *
 * <p>Input: every WARC file under {@code <data>/raw/} plus the files or directories given (the
 * {@code import-warc} command). The files are listed on the driver and read inside the tasks, one
 * task per file, with jwarc over the Hadoop input stream; civcred metadata records are joined to
 * the capture they describe. Output: {@code captures}, MERGEd on {@code capture_id} (a rerun over
 * the same files changes no row; a record met in two files keeps the first file by path and
 * offset), and new {@code quarantine} rows (stage {@code ingest}) for records and files that cannot
 * be read or must not be trusted: see {@link WarcFileReader}, {@link CaptureParser} and
 * {@link TargetChecks} for the reasons (all listed in docs/bad-input.md).
 *
 * <p>Incremental: a file is read again only when it is new or its length or modification time
 * changed since it was read ({@link IngestedFiles}, table {@code ingest_files}); a full run reads
 * every file. A file that is read is read whole (bodies included); the MERGE then touches only new
 * or changed rows.
 */
public final class IngestJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private final List<String> extraFiles;

    /** Ingests the data directory's own crawls. */
    public IngestJob() {
        this(List.of());
    }

    /** @param extraFiles WARC files or directories outside {@code <data>/raw/} (paths or Hadoop URIs) */
    public IngestJob(List<String> extraFiles) {
        this.extraFiles = List.copyOf(extraFiles);
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<String> inputs() {
        return List.of();
    }

    @Override
    public List<String> outputs() {
        return List.of("captures", "quarantine", "ingest_files");
    }

    @Override
    public JobResult run(JobContext context) {
        SparkSession spark = context.spark();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<IngestedFiles.WarcFile> listed = IngestedFiles.of(conf, context.dataDir(),
                WarcFiles.list(conf, context.dataDir().replaceAll("/+$", "") + "/raw", extraFiles));
        List<IngestedFiles.WarcFile> toRead = context.full() ? listed : IngestedFiles.newOrChanged(context, listed);
        List<String> files = toRead.stream().map(IngestedFiles.WarcFile::uri).toList();
        LOG.info("ingest: {} WARC files to read ({} listed, {})", files.size(), listed.size(),
                context.full() ? "full run" : "the others unchanged since they were read");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("files", (long) listed.size());
        counts.put("files_read", (long) files.size());
        if (files.isEmpty()) {
            return new JobResult(name(), counts);
        }
        long maxPayload = context.settings().bytes("ingest.max-payload-bytes");
        Timestamp now = Timestamp.from(context.clock().instant());
        boolean allowInternal = flag(context, "ingest.allow-internal-targets");
        Dataset<Row> items = read(spark, files, maxPayload, allowInternal, context.runId(), now).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row tally = items.agg(
                    sum(col("records")).as("records"),
                    sum(when(col("kind").equalTo(IngestRows.CAPTURE), 1).otherwise(0)).as("captures"),
                    sum(when(col("kind").equalTo(IngestRows.PROBLEM), 1).otherwise(0)).as("problems")).first();
            counts.put("records", tally.isNullAt(0) ? 0L : tally.getLong(0));
            counts.put("captures", tally.isNullAt(1) ? 0L : tally.getLong(1));
            context.tables().merge("captures", uniqueCaptures(items), context.runId(), false);
            counts.putAll(MergeMetrics.latest(spark, context.tables().path("captures"), "captures"));
            Dataset<Row> problems = items.filter(col("kind").equalTo(IngestRows.PROBLEM)).select("problem.*");
            counts.put("quarantined", tally.isNullAt(2) ? 0L : tally.getLong(2));
            counts.put("quarantined_new", QuarantineWriter.addNew(context, problems));
            IngestedFiles.record(context, toRead);
        } finally {
            items.unpersist();
        }
        LOG.info("ingest: {}", counts);
        return new JobResult(name(), counts);
    }

    /**
     * Reads the files, one task each, into rows of {@link IngestRows#schema()}.
     *
     * @param files           fully qualified WARC file paths
     * @param maxPayloadBytes records with larger blocks or payloads are quarantined
     */
    public static Dataset<Row> read(SparkSession spark, List<String> files, long maxPayloadBytes, String runId,
                                    Timestamp recordedAt) {
        return read(spark, files, maxPayloadBytes, false, runId, recordedAt);
    }

    /** The same; {@code allowInternalTargets} keeps captures of private and loopback addresses ({@link TargetChecks}). */
    public static Dataset<Row> read(SparkSession spark, List<String> files, long maxPayloadBytes,
                                    boolean allowInternalTargets, String runId, Timestamp recordedAt) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        JavaRDD<Row> rows = jsc.parallelize(new ArrayList<>(files), Math.max(1, files.size())).flatMap(file -> {
            WarcFileReader reader = new WarcFileReader(file, conf.value(), maxPayloadBytes, allowInternalTargets,
                    ProfileRegistry.lookup(ProfileRegistry.get()));
            return new java.util.Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return reader.hasNext();
                }

                @Override
                public Row next() {
                    return IngestRows.toRow(reader.next(), runId, recordedAt);
                }
            };
        });
        return spark.createDataFrame(rows, IngestRows.schema());
    }

    private static boolean flag(JobContext context, String key) {
        String value = context.settings().string(key).strip().toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw org.civcred.config.Errors.badSetting(context.settings().source(key), key, value, "true or false");
        }
        return value.equals("true");
    }

    /** The captures, one per capture id: the first by file path and offset when a record appears twice. */
    public static Dataset<Row> uniqueCaptures(Dataset<Row> items) {
        Dataset<Row> captures = items.filter(col("kind").equalTo(IngestRows.CAPTURE)).select("capture.*");
        return captures.withColumn("_rank", row_number().over(Window.partitionBy("capture_id")
                        .orderBy(col("warc_file"), col("warc_offset"))))
                .filter(col("_rank").equalTo(lit(1))).drop("_rank");
    }
}
