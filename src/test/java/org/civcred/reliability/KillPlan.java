package org.civcred.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Seeded kill points spread over the crawl and the given jobs: targets are dealt round-robin
 * (crawl first, then the jobs in pipeline order) so each gets its share, and each point's fraction is
 * drawn from [0.05, 0.9) so the kill lands inside the step rather than at its edges.
 */
final class KillPlan {

    private KillPlan() {
    }

    static List<KillPoint> of(int kills, long seed, List<String> jobs) {
        List<String> targets = new ArrayList<>();
        targets.add(KillPoint.CRAWL);
        targets.addAll(jobs);
        Random random = new Random(seed);
        List<KillPoint> points = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            points.add(new KillPoint(targets.get(i % targets.size()), 0.05 + 0.85 * random.nextDouble()));
        }
        // Pipeline order, then by fraction: the crawl and each job are killed in the order they run.
        points.sort(Comparator.comparingInt((KillPoint p) -> targets.indexOf(p.target()))
                .thenComparingDouble(KillPoint::fraction));
        return points;
    }
}
