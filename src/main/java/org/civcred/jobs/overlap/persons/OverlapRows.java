package org.civcred.jobs.overlap.persons;

import java.sql.Date;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One {@code overlap_persons} row from a scored candidate pair, in the column order of
 * {@code schemas/overlap_persons.json}: the two entities, their provenance (URLs and capture ids of every
 * appearance), first dates and the lag, and the score with its evidence.
 */
public final class OverlapRows {

    private OverlapRows() {
    }

    public static Row row(Row pair, PersonSide civ, PersonSide credit, PairScorer.Score score, String runId) {
        Date civDate = civ.firstDate();
        Date creditDate = credit.firstDate();
        Integer lag = civDate == null || creditDate == null ? null
                : (int) ChronoUnit.DAYS.between(civDate.toLocalDate(), creditDate.toLocalDate());
        String c = CandidatePairs.CIV;
        String k = CandidatePairs.CREDIT;
        return RowFactory.create(civ.entityId() + "|" + credit.entityId(), civ.entityId(), credit.entityId(), civ.name(),
                firstOf(pair.getAs(c + "names_raw")), firstOf(pair.getAs(k + "names_raw")),
                sharedRegion(civ, credit, level(score)), pair.getAs(c + "categories"), pair.getAs(k + "categories"),
                pair.getAs(k + "list_kinds"), civDate, creditDate, lag, score.matchWeight(), score.probability(),
                score.evidence(), pair.getAs(c + "urls"), pair.getAs(k + "urls"), pair.getAs(c + "capture_ids"),
                pair.getAs(k + "capture_ids"), runId);
    }

    /** The finest region code both sides agree on, or null. */
    static String sharedRegion(PersonSide civ, PersonSide credit, String regionLevel) {
        return switch (regionLevel) {
            case "county" -> civ.regionCode();
            case "prefecture" -> civ.prefectureCode();
            case "province" -> civ.provinceCode();
            default -> null;
        };
    }

    private static String level(PairScorer.Score score) {
        return score.outcomes().stream().filter(o -> o.comparison() == Comparison.REGION)
                .map(ScoringModel.Outcome::level).findFirst().orElse(Comparison.UNKNOWN);
    }

    private static String firstOf(Object names) {
        if (names instanceof scala.collection.Seq<?> seq) {
            return seq.isEmpty() ? null : String.valueOf(seq.head());
        }
        if (names instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return null;
    }
}
