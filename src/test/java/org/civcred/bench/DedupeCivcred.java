package org.civcred.bench;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.jobs.dedupe.DedupeSettings;
import org.civcred.jobs.dedupe.NearDuplicates;
import org.civcred.jobs.dedupe.Signatures;

/**
 * civcred's own near-duplicate path, run fresh: MinHash signatures of every document (nothing
 * reused from {@code doc_signatures}), exact-duplicate anchors, LSH candidates and the exact
 * Jaccard check ({@link NearDuplicates}). Timed from texts to confirmed pairs.
 *
 * <p>civcred links an exact duplicate to its group's anchor and compares anchors only, so its
 * pairs are counted as the pairs they imply: all pairs within an exact group, and for a near edge
 * between two anchors every pair across their two groups (equal texts have equal shingles, so
 * each implied pair has the edge's Jaccard). That is what MinHashLSH reports for the same texts.
 */
final class DedupeCivcred {

    private DedupeCivcred() {
    }

    /**
     * @param docs   {@code doc_id, family, title, body_text, text_hash} (cached by the caller)
     * @param sample {@code doc_id} of the sampled documents
     */
    static DedupeRun run(Dataset<Row> docs, Dataset<Row> sample, DedupeSettings s) {
        long start = System.nanoTime();
        Dataset<Row> signatures = Signatures.fresh(docs, s, "bench").where(col("shingles").gt(0)).localCheckpoint();
        NearDuplicates.Edges edges = NearDuplicates.find(signatures, docs.select("doc_id", "title", "body_text"), s);
        long documents = edges.anchored().count();
        edges.near().count();
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            return new DedupeRun("civcred (MinHash 32x4 + LSH + exact check)", documents, seconds, impliedPairs(edges),
                    inSample(edges, sample));
        } finally {
            edges.unpersist();
        }
    }

    private static long impliedPairs(NearDuplicates.Edges edges) {
        Dataset<Row> groups = edges.anchored().groupBy("anchor").count().cache();
        Row exact = groups.agg(sum(col("count").multiply(col("count").minus(1)).divide(2))).first();
        Row near = edges.near()
                .join(groups.toDF("a", "na"), "a")
                .join(groups.toDF("b", "nb"), "b")
                .agg(sum(col("na").multiply(col("nb")))).first();
        groups.unpersist();
        return (exact.isNullAt(0) ? 0 : Math.round(exact.getDouble(0))) + (near.isNullAt(0) ? 0 : near.getLong(0));
    }

    private static Set<DocPair> inSample(NearDuplicates.Edges edges, Dataset<Row> sample) {
        Map<String, List<String>> byAnchor = new HashMap<>();
        for (Row r : edges.anchored().join(broadcast(sample), "doc_id").select("doc_id", "anchor").collectAsList()) {
            byAnchor.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(0));
        }
        Set<DocPair> out = new HashSet<>();
        byAnchor.values().forEach(group -> {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    out.add(new DocPair(group.get(i), group.get(j)));
                }
            }
        });
        Dataset<Row> anchors = edges.anchored().join(broadcast(sample), "doc_id").select("anchor").distinct();
        List<Row> near = edges.near()
                .join(broadcast(anchors.toDF("a")), "a")
                .join(broadcast(anchors.toDF("b")), "b")
                .select("a", "b").collectAsList();
        for (Row r : near) {
            for (String x : byAnchor.get(r.getString(0))) {
                for (String y : byAnchor.get(r.getString(1))) {
                    out.add(new DocPair(x, y));
                }
            }
        }
        return out;
    }
}
