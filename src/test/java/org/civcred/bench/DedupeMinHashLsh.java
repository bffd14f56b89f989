package org.civcred.bench;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.dedupe.Shingles;
import org.civcred.text.TextNormalizer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The baseline a Spark user would write: the same character shingles of the same matching key,
 * as strings, hashed into a binary sparse vector by {@link HashingTF} (2^22 features, so
 * collisions among a document's few hundred shingles are negligible), {@link MinHashLSH} with
 * {@code hashTables} tables, and {@code approxSimilarityJoin(df, df, 1 − threshold)}. The join
 * keeps distances strictly below its bound, so the bound is raised by 1e-9 to keep pairs exactly
 * at the threshold, as civcred does.
 */
final class DedupeMinHashLsh {

    static final int FEATURES = 1 << 22;
    private static final StructType SHINGLED = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private DedupeMinHashLsh() {
    }

    /**
     * @param docs   {@code doc_id, title, body_text}
     * @param sample {@code doc_id} of the sampled documents
     */
    static DedupeRun run(Dataset<Row> docs, Dataset<Row> sample, double threshold, int hashTables, int shingleSize) {
        long start = System.nanoTime();
        Dataset<Row> shingled = docs.select("doc_id", "title", "body_text")
                .map(shingleStrings(shingleSize), Encoders.row(SHINGLED))
                .where(size(col("shingles")).gt(0));
        Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
                .setNumFeatures(FEATURES).setBinary(true).transform(shingled).select("doc_id", "features").cache();
        long documents = features.count();
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables).setSeed(20261122L)
                .setInputCol("features").setOutputCol("hashes").fit(features);
        Dataset<Row> pairs = model.approxSimilarityJoin(features, features, 1 - threshold + 1e-9, "distance")
                .select(col("datasetA.doc_id").as("a"), col("datasetB.doc_id").as("b"))
                .where(col("a").lt(col("b")))
                .cache();
        long found = pairs.count();
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<DocPair> inSample = new HashSet<>();
        for (Row r : pairs.join(broadcast(sample.toDF("a")), "a").join(broadcast(sample.toDF("b")), "b")
                .select("a", "b").collectAsList()) {
            inSample.add(new DocPair(r.getString(0), r.getString(1)));
        }
        pairs.unpersist();
        features.unpersist();
        return new DedupeRun("MinHashLSH " + hashTables + " tables", documents, seconds, found, inSample);
    }

    /** The k-code-point shingles of the matching key, as strings (a text shorter than k is one shingle). */
    static MapFunction<Row, Row> shingleStrings(int k) {
        return r -> {
            int[] cps = TextNormalizer.key(Shingles.documentText(r.getString(1), r.getString(2))).codePoints().toArray();
            List<String> out = new ArrayList<>();
            if (cps.length > 0) {
                int count = Math.max(1, cps.length - k + 1);
                for (int i = 0; i < count; i++) {
                    out.add(new String(cps, i, Math.min(k, cps.length)));
                }
            }
            // Rows built inside Spark carry arrays as Scala sequences.
            return RowFactory.create(r.getString(0), CollectionConverters.asScala(out).toSeq());
        };
    }
}
