package org.civcred.jobs.overlap.persons;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.civcred.text.NameNormalizer;

/**
 * Candidate civilization–credit pairs from two blocking rules over person entities (masked names never
 * take part):
 * <ol>
 *   <li>{@code name}: the same normalised name. A name whose civilization × credit product exceeds
 *       {@code maxBlockPairs} (王伟 on national lists) is paired within provinces only — entities with no
 *       province pair only with each other — which bounds the work of skewed names;</li>
 *   <li>{@code surname_birth_prefecture}: same surname, birth month and prefecture but a different name,
 *       for one-character variants (typos, homophones); blocks beyond {@code maxBlockPairs} are dropped.</li>
 * </ol>
 * Output columns: every entity column prefixed {@code c_} (civilization) and {@code k_} (credit),
 * {@code rule}, and {@code name_count} (person entities with the civilization side's name, for the
 * term-frequency adjustment).
 */
public final class CandidatePairs {

    public static final String CIV = "c_";
    public static final String CREDIT = "k_";

    private CandidatePairs() {
    }

    /** Person entities that can be matched by name. */
    public static Dataset<Row> persons(Dataset<Row> entities) {
        return entities.filter(col("subject_type").equalTo("person").and(col("name_masked").equalTo(false))
                .and(col("name_norm").isNotNull()));
    }

    /** Person entities per normalised name, across both families. */
    public static Dataset<Row> nameCounts(Dataset<Row> persons) {
        Column civ = when(col("family").equalTo("civilization"), 1).otherwise(0);
        Column credit = when(col("family").equalTo("credit"), 1).otherwise(0);
        return persons.groupBy("name_norm").agg(count(lit(1)).as("name_count"), sum(civ).as("civ_n"),
                sum(credit).as("credit_n"));
    }

    public static Dataset<Row> pairs(Dataset<Row> persons, long maxBlockPairs) {
        Dataset<Row> counts = nameCounts(persons).withColumn("big",
                col("civ_n").multiply(col("credit_n")).gt(maxBlockPairs)).drop("civ_n", "credit_n");
        Dataset<Row> withCounts = persons.join(counts, "name_norm");
        Column nameKey = when(col("big"), concat_ws("|", col("name_norm"), coalesce(col("province_code"), lit("?"))))
                .otherwise(col("name_norm"));
        Dataset<Row> keyed = withCounts.withColumn("name_key", nameKey).withColumn("variant_key", variantKey());
        Dataset<Row> civ = prefixed(keyed.filter(col("family").equalTo("civilization")), CIV);
        Dataset<Row> credit = prefixed(keyed.filter(col("family").equalTo("credit")), CREDIT);

        Dataset<Row> byName = civ.join(credit, civ.col(CIV + "name_key").equalTo(credit.col(CREDIT + "name_key")))
                .withColumn("rule", lit("name"));
        Dataset<Row> variantBlocks = keyed.filter(col("variant_key").isNotNull()).groupBy("variant_key")
                .agg(sum(when(col("family").equalTo("civilization"), 1).otherwise(0)).as("vc"),
                        sum(when(col("family").equalTo("credit"), 1).otherwise(0)).as("vk"))
                .filter(col("vc").multiply(col("vk")).leq(maxBlockPairs)).select(col("variant_key").as("allowed_key"));
        Dataset<Row> civVariants = civ.join(variantBlocks, civ.col(CIV + "variant_key").equalTo(variantBlocks.col("allowed_key")))
                .drop("allowed_key");
        Dataset<Row> byVariant = civVariants.join(credit, civVariants.col(CIV + "variant_key")
                        .equalTo(credit.col(CREDIT + "variant_key"))
                        .and(civVariants.col(CIV + "name_norm").notEqual(credit.col(CREDIT + "name_norm"))))
                .withColumn("rule", lit("surname_birth_prefecture"));
        return byName.unionByName(byVariant).withColumnRenamed(CIV + "name_count", "name_count");
    }

    /** surname|birth month|prefecture, or null when any part is unknown. */
    private static Column variantKey() {
        UserDefinedFunction surname = udf((UDF1<String, String>) n -> {
            String s = n == null ? "" : NameNormalizer.parse(n).surname();
            return s.isEmpty() ? null : s;
        }, DataTypes.StringType);
        Column s = surname.apply(col("name_norm"));
        return when(s.isNotNull().and(col("birth_ym").isNotNull()).and(col("prefecture_code").isNotNull()),
                concat_ws("|", s, col("birth_ym"), col("prefecture_code")));
    }

    private static Dataset<Row> prefixed(Dataset<Row> frame, String prefix) {
        Column[] cols = Arrays.stream(frame.columns()).map(c -> col(c).as(prefix + c)).toArray(Column[]::new);
        return frame.select(cols);
    }
}
