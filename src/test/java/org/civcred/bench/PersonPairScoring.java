package org.civcred.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores predicted person pairs against a {@link PersonTruthIndex} inside Spark: a naive join at 100k
 * pages predicts millions of pairs, which must not be read onto the driver. Input columns: {@code name},
 * {@code civ_urls}, {@code credit_urls} (arrays of strings).
 */
public final class PersonPairScoring {

    /** The figures of one contender against the truth; {@code examples}: a few wrong pairs. */
    public record Figures(long predicted, long correct, long found, long truth, long distractorHits,
                          List<String> examples) {

        public double precision() {
            return predicted == 0 ? 0.0 : (double) correct / predicted;
        }

        public double recall() {
            return truth == 0 ? 0.0 : (double) found / truth;
        }
    }

    private static final StructType JUDGED = new StructType()
            .add("name", DataTypes.StringType).add("civ_url", DataTypes.StringType)
            .add("credit_url", DataTypes.StringType).add("hit", DataTypes.StringType)
            .add("distractors", DataTypes.IntegerType);

    private PersonPairScoring() {
    }

    public static Figures score(Dataset<Row> pairs, PersonTruthIndex index) {
        Dataset<Row> judged = pairs.select("name", "civ_urls", "credit_urls").map((MapFunction<Row, Row>) r -> {
            String name = r.getString(0);
            List<String> civ = r.getList(1);
            List<String> credit = r.getList(2);
            String hit = index.hit(name, civ, credit);
            int decoys = hit == null ? index.distractorHits(name, civ, credit).size() : 0;
            return RowFactory.create(name, civ.isEmpty() ? null : civ.get(0), credit.isEmpty() ? null : credit.get(0),
                    hit, decoys);
        }, Encoders.row(JUDGED)).cache();
        try {
            Row totals = judged.agg(count(lit(1)), count(col("hit")), countDistinct(col("hit")),
                    coalesce(sum(col("distractors")), lit(0L))).first();
            List<String> examples = new ArrayList<>();
            judged.filter(col("hit").isNull()).limit(3).collectAsList().forEach(r ->
                    examples.add(r.getString(0) + " " + r.getString(1) + " ~ " + r.getString(2)));
            return new Figures(totals.getLong(0), totals.getLong(1), totals.getLong(2), index.personCount(),
                    ((Number) totals.get(3)).longValue(), examples);
        } finally {
            judged.unpersist();
        }
    }
}
