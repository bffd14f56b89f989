package org.civcred.jobs.dedupe;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components by iterative minimum-label propagation with joins, distributed.
 *
 * <p>Every node starts labelled with its own id. Each round a node takes the smallest of its own
 * label, its neighbours' labels and its label's label (pointer jumping, which halves long chains
 * instead of walking them one hop per round). Labels only decrease and always name a node of the
 * same component, so at the fixed point every component carries its smallest id. A round costs a
 * few joins, a checkpoint (which cuts the lineage, or the plans would grow with every round) and
 * one count of changed labels. When the bound
 * on rounds is reached first, the components found so far are returned and flagged: they may be
 * split, never merged wrongly.
 */
public final class ConnectedComponents {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectedComponents.class);

    /**
     * @param labels     {@code id}, {@code component} (the smallest id of the component)
     * @param rounds     rounds run
     * @param converged  whether the labels reached their fixed point
     */
    public record Result(Dataset<Row> labels, int rounds, boolean converged) {
    }

    private ConnectedComponents() {
    }

    /**
     * @param nodes        column {@code id}: every node, including those without edges
     * @param edges        columns {@code a}, {@code b}: undirected edges between nodes
     * @param maxRounds    bound on propagation rounds
     */
    public static Result of(Dataset<Row> nodes, Dataset<Row> edges, int maxRounds) {
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")))
                .distinct().cache();
        Dataset<Row> labels = nodes.select(col("id"), col("id").as("label")).distinct();
        for (int round = 1; round <= maxRounds; round++) {
            Dataset<Row> fromNeighbours = both.join(labels.toDF("src", "src_label"), "src")
                    .select(col("dst").as("id"), col("src_label").as("candidate"));
            Dataset<Row> jumped = labels.join(labels.toDF("label", "label_label"), "label")
                    .select(col("id"), col("label_label").as("candidate"));
            Dataset<Row> next = labels.select(col("id"), col("label").as("candidate"))
                    .union(fromNeighbours).union(jumped)
                    .groupBy("id").agg(min("candidate").as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.toDF("id", "old"), "id").where(col("label").notEqual(col("old"))).count();
            labels = next;
            LOG.debug("components round {}: {} labels changed", round, changed);
            if (changed == 0) {
                both.unpersist();
                return new Result(labels.toDF("id", "component"), round, true);
            }
        }
        both.unpersist();
        LOG.warn("Connected components did not converge in {} rounds; some clusters may be split", maxRounds);
        return new Result(labels.toDF("id", "component"), maxRounds, false);
    }
}
