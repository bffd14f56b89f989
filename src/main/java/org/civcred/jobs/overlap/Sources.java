package org.civcred.jobs.overlap;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code sources} column of gold rows: the archived pages a row was computed from, each with
 * what a reader needs to open it again — capture id, URL, family, WARC file and offset
 * ({@code bin/civcred show-capture ID} prints it). Rows that aggregate many pages keep the first
 * {@code cap} by capture id; their count columns say how many there are in all.
 */
public final class Sources {

    /** Setting: how many sources an aggregated gold row keeps. */
    public static final String CAP_SETTING = "gold.sources-per-row";

    private Sources() {
    }

    /**
     * @param evidence  rows of {@code keys} plus {@code capture_id}: which capture supports which row
     * @param documents the {@code documents} table (capture id → URL, family, WARC file, offset)
     * @param cap       most sources kept per row
     * @return {@code keys} plus {@code sources}, one row per key that has evidence
     */
    public static Dataset<Row> of(Dataset<Row> evidence, List<String> keys, Dataset<Row> documents, int cap) {
        // Prefixed: the evidence's keys may share names with these columns (family, url).
        Dataset<Row> pages = documents.select(col("capture_id"), col("url").as("src_url"), col("family").as("src_family"),
                        col("warc_file").as("src_warc_file"), col("warc_offset").as("src_warc_offset"))
                .dropDuplicates("capture_id");
        Column[] keyColumns = keys.stream().map(k -> col(k)).toArray(Column[]::new);
        Column[] grouping = Arrays.copyOf(keyColumns, keyColumns.length);
        return evidence.select(concat(keyColumns, col("capture_id"))).where(col("capture_id").isNotNull()).distinct()
                .join(pages, "capture_id")
                .groupBy(grouping)
                .agg(slice(array_sort(collect_set(struct(col("capture_id"), col("src_url").as("url"),
                        col("src_family").as("family"), col("src_warc_file").as("warc_file"),
                        col("src_warc_offset").as("warc_offset")))), 1, cap).as("sources"));
    }

    /** Attaches {@code sources} to {@code rows} by {@code keys}; rows without evidence get an empty list. */
    public static Dataset<Row> attach(Dataset<Row> rows, Dataset<Row> sources, List<String> keys) {
        return rows.join(sources, scala.jdk.javaapi.CollectionConverters.asScala(keys).toSeq(), "left")
                .withColumn("sources", org.apache.spark.sql.functions.coalesce(col("sources"),
                        org.apache.spark.sql.functions.expr("array()").cast(sourcesType())));
    }

    /** {@code array<struct<capture_id, url, family, warc_file, warc_offset>>}. */
    public static org.apache.spark.sql.types.DataType sourcesType() {
        return org.apache.spark.sql.types.DataType.fromDDL(
                "array<struct<capture_id:string,url:string,family:string,warc_file:string,warc_offset:bigint>>");
    }

    private static Column[] concat(Column[] keys, Column last) {
        Column[] all = Arrays.copyOf(keys, keys.length + 1);
        all[keys.length] = last;
        return all;
    }
}
