package org.civcred.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civcred.mirror.GroundTruth;
import org.junit.jupiter.api.Test;

class DedupeBenchTest {

    @Test
    void plantedClustersGoFirstWholeAndOnlyAsManyAsFit() {
        GroundTruth truth = new GroundTruth(null, List.of(), null, List.of(), List.of(),
                List.of(cluster("a", 3), cluster("b", 2), cluster("c", 4), cluster("d", 1)), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("a0", "a1", "a2", "b0", "b1"), DedupeBench.plantedFirst(truth, 6));
        assertEquals(List.of(), DedupeBench.plantedFirst(truth, 2), "a cluster is never cut in two");
    }

    private static GroundTruth.ArticleCluster cluster(String id, int members) {
        return new GroundTruth.ArticleCluster(id, "", java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> new GroundTruth.Member(id + i, "civilization", "s", "2001-01-01", "")).toList());
    }
}
