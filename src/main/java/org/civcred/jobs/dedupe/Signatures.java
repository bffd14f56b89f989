package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import org.civcred.tables.TableSchema;

/**
 * Keeps {@code doc_signatures} in step with the documents to deduplicate.
 *
 * <p>A stored signature is reused while its document is still eligible, its {@code text_hash} is
 * unchanged and its length still equals {@code bands × rows}; every other eligible document gets
 * a signature computed now. Reuse is what lets a new crawl be deduplicated against the whole
 * history at the cost of its own documents only. Signatures of documents that are no longer
 * eligible are dropped by the caller's rebuild merge.
 */
public final class Signatures {

    private Signatures() {
    }

    /** The schema of {@code doc_signatures}. */
    public static StructType schema() {
        return TableSchema.load("doc_signatures").structType();
    }

    /**
     * @param eligible documents to deduplicate ({@code doc_id, family, title, body_text, text_hash})
     * @param stored   the current {@code doc_signatures} rows
     * @return the full signature set, one row per eligible document, in the table's columns
     */
    public static Dataset<Row> update(Dataset<Row> eligible, Dataset<Row> stored, DedupeSettings s, String runId) {
        Dataset<Row> docs = eligible.select("doc_id", "family", "title", "body_text", "text_hash");
        Dataset<Row> old = stored.select(col("doc_id"), col("text_hash").as("old_hash"), col("minhash").as("old_minhash"),
                col("shingles").as("old_shingles"), col("run_id").as("old_run_id"));
        Dataset<Row> both = docs.join(old, docs.col("doc_id").equalTo(old.col("doc_id")), "left")
                .drop(old.col("doc_id"));
        org.apache.spark.sql.Column reusable = col("old_minhash").isNotNull()
                .and(col("old_hash").eqNullSafe(col("text_hash")))
                .and(size(col("old_minhash")).equalTo(lit(s.signatureLength())));
        Dataset<Row> kept = both.where(reusable).select(col("doc_id"), col("family"), col("text_hash"),
                col("old_shingles").as("shingles"), col("old_minhash").as("minhash"), col("old_run_id").as("run_id"));
        Dataset<Row> fresh = fresh(both.where(org.apache.spark.sql.functions.not(reusable)), s, runId);
        return kept.unionByName(fresh);
    }

    /**
     * Signatures computed now for every given document, whatever is stored.
     *
     * @param docs {@code doc_id, family, title, body_text, text_hash}
     * @return rows of the table's schema, {@code run_id} = {@code runId}
     */
    public static Dataset<Row> fresh(Dataset<Row> docs, DedupeSettings s, String runId) {
        return docs.select("doc_id", "family", "title", "body_text", "text_hash")
                .map(compute(s.shingleSize(), new MinHasher(s.signatureLength()), runId), Encoders.row(schema()));
    }

    /** The hasher is built once on the driver and shipped with the closure (it is 2 × n longs). */
    private static MapFunction<Row, Row> compute(int shingleSize, MinHasher hasher, String runId) {
        return r -> {
            long[] shingles = Shingles.of(Shingles.documentText(r.getString(2), r.getString(3)), shingleSize);
            long[] sig = hasher.signature(shingles);
            List<Long> values = new ArrayList<>(sig.length);
            for (long v : sig) {
                values.add(v);
            }
            // Rows built inside Spark carry arrays as Scala sequences.
            return RowFactory.create(r.getString(0), r.getString(1), r.getString(4), shingles.length,
                    CollectionConverters.asScala(values).toSeq(), runId);
        };
    }
}
