package org.civcred.jobs.overlap.persons;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores one civilization–credit pair with a {@link ScoringModel} and writes the evidence: a JSON object
 * with the blocking rule, the prior, every comparison (level, m, u, weight, whether the name's own
 * frequency was used) and the resulting match weight and probability.
 */
public final class PairScorer {

    private PairScorer() {
    }

    /** The scoring of one pair. */
    public record Score(List<ScoringModel.Outcome> outcomes, double matchWeight, double probability, String evidence) {
    }

    public static Score score(ScoringModel model, PersonSide civ, PersonSide credit, long nameCount, String rule) {
        List<ScoringModel.Outcome> outcomes = new ArrayList<>();
        for (Comparison c : Comparison.values()) {
            outcomes.add(model.outcome(c, c.level(civ, credit), nameCount));
        }
        double w = model.matchWeight(outcomes);
        double p = ScoringModel.probability(w);
        return new Score(List.copyOf(outcomes), w, p, evidence(model, outcomes, rule, w, p));
    }

    static String evidence(ScoringModel model, List<ScoringModel.Outcome> outcomes, String rule, double w, double p) {
        StringBuilder json = new StringBuilder(512);
        json.append("{\"rule\":\"").append(rule).append("\",\"prior_log2_odds\":")
                .append(ScoringModel.number(model.priorLog2Odds())).append(",\"comparisons\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            ScoringModel.Outcome o = outcomes.get(i);
            json.append(i == 0 ? "" : ",").append("{\"comparison\":\"").append(o.comparison().id())
                    .append("\",\"level\":\"").append(o.level())
                    .append("\",\"m\":").append(ScoringModel.number(o.m()))
                    .append(",\"u\":").append(ScoringModel.number(o.u()))
                    .append(",\"weight\":").append(ScoringModel.number(o.weight()))
                    .append(",\"term_frequency\":").append(o.tf()).append('}');
        }
        return json.append("],\"match_weight\":").append(ScoringModel.number(w))
                .append(",\"probability\":").append(ScoringModel.number(p)).append('}').toString();
    }
}
