package org.civcred.jobs.overlap.persons;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha1;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.civcred.tables.TableSchema;

/**
 * The overlap-persons transform over Datasets: entities → scored candidate pairs → {@code overlap_persons}.
 *
 * <p>The model's data-dependent parts are computed first, on the driver, from small results only: the
 * number of person entities per family (prior and term frequencies) and a deterministic sample of at most
 * {@code uSample} entities per side (the first by sha1 of the entity id) for the u probabilities. The pairs
 * themselves are scored in the executors.
 */
public final class OverlapPersons {

    /**
     * @param threshold     minimum match probability written
     * @param expectedShare prior: share of the smaller side expected to have a counterpart
     * @param maxBlockPairs skew cap of the blocking rules
     * @param uSample       entities per side in the u sample
     * @param minNameFrequency u of an exact name no other entity has
     */
    public record Params(double threshold, double expectedShare, long maxBlockPairs, int uSample,
                         double minNameFrequency) implements Serializable {
    }

    private OverlapPersons() {
    }

    public static ScoringModel model(Dataset<Row> entities, Params params) {
        Dataset<Row> persons = CandidatePairs.persons(entities);
        long civ = persons.filter(col("family").equalTo("civilization")).count();
        long credit = persons.filter(col("family").equalTo("credit")).count();
        List<PersonSide> civSample = sample(persons, "civilization", params.uSample());
        List<PersonSide> creditSample = sample(persons, "credit", params.uSample());
        return new ScoringModel(ScoringModel.defaultM(), UEstimator.estimate(civSample, creditSample),
                ScoringModel.priorLog2Odds(params.expectedShare(), civ, credit), civ + credit,
                params.minNameFrequency());
    }

    /** Every candidate pair as an {@code overlap_persons} row, whatever its probability. */
    public static Dataset<Row> scored(Dataset<Row> entities, ScoringModel model, long maxBlockPairs, String runId) {
        return scorePairs(CandidatePairs.pairs(CandidatePairs.persons(entities), maxBlockPairs), model, runId);
    }

    /**
     * Scores pairs shaped like {@link CandidatePairs#pairs}' output (entity columns prefixed {@code c_} and
     * {@code k_}, {@code rule}, {@code name_count}), however they were chosen.
     */
    public static Dataset<Row> scorePairs(Dataset<Row> pairs, ScoringModel model, String runId) {
        return pairs.map((MapFunction<Row, Row>) pair -> {
            PersonSide civ = PersonSide.fromRow(pair, CandidatePairs.CIV);
            PersonSide credit = PersonSide.fromRow(pair, CandidatePairs.CREDIT);
            long nameCount = pair.<Long>getAs("name_count");
            PairScorer.Score score = PairScorer.score(model, civ, credit, nameCount, pair.getAs("rule"));
            return OverlapRows.row(pair, civ, credit, score, runId);
        }, Encoders.row(scoredSchema()));
    }

    /** The pairs at or above the threshold. */
    public static Dataset<Row> overlap(Dataset<Row> entities, Params params, String runId) {
        ScoringModel model = model(entities, params);
        return scored(entities, model, params.maxBlockPairs(), runId)
                .filter(col("probability").geq(params.threshold()));
    }

    private static List<PersonSide> sample(Dataset<Row> persons, String family, int size) {
        return persons.filter(col("family").equalTo(family)).withColumn("sample_order", sha1(col("entity_id")))
                .orderBy("sample_order").limit(size).collectAsList().stream()
                .map(r -> PersonSide.fromRow(r, "")).toList();
    }

    /** overlap_persons' columns but {@code sources}, which the job adds from documents after scoring. */
    static org.apache.spark.sql.types.StructType scoredSchema() {
        org.apache.spark.sql.types.StructType all = TableSchema.load("overlap_persons").structType();
        return new org.apache.spark.sql.types.StructType(java.util.Arrays.stream(all.fields())
                .filter(f -> !f.name().equals("sources")).toArray(org.apache.spark.sql.types.StructField[]::new));
    }
}
