package org.civcred.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.civcred.jobs.overlap.persons.CandidatePairs;
import org.civcred.text.NameNormalizer;

/**
 * The sample of the second baseline: the first {@code size} person entities of each family in the order
 * of sha1(surname), then entity id. Taking whole surnames in the same order on both sides keeps a
 * person's two sides (and its one-character variants, which share the surname) in the sample together,
 * where a uniform sample of a few thousand out of tens of thousands would hold almost no true pair.
 *
 * @param civ    sampled civilization person entities (entity columns)
 * @param credit sampled credit person entities
 */
public record PersonSample(Dataset<Row> civ, Dataset<Row> credit) {

    public static PersonSample of(Dataset<Row> personEntities, int size) {
        UDF1<String, String> surnameOf = n -> n == null ? "" : NameNormalizer.parse(n).surname();
        Column surname = udf(surnameOf, DataTypes.StringType).apply(col("name_norm"));
        Dataset<Row> ordered = personEntities.withColumn("sample_order", sha1(surname));
        return new PersonSample(first(ordered, "civilization", size), first(ordered, "credit", size));
    }

    private static Dataset<Row> first(Dataset<Row> ordered, String family, int size) {
        return ordered.filter(col("family").equalTo(family)).orderBy("sample_order", "entity_id").limit(size)
                .drop("sample_order").cache();
    }

    /**
     * Every civilization × credit pair of the sample, shaped as {@link CandidatePairs#pairs} shapes its
     * output, so civcred's own scorer reads them; {@code nameCounts} from {@link CandidatePairs#nameCounts}.
     */
    public Dataset<Row> allPairs(Dataset<Row> nameCounts) {
        Dataset<Row> civWithCount = civ.join(nameCounts.select("name_norm", "name_count"), "name_norm");
        return prefixed(civWithCount, CandidatePairs.CIV).crossJoin(prefixed(credit, CandidatePairs.CREDIT))
                .withColumn("rule", lit("all_pairs")).withColumnRenamed(CandidatePairs.CIV + "name_count", "name_count");
    }

    /** One side's sampled entities as normalised name → their URLs (a few thousand, read onto the driver). */
    public static Map<String, Set<String>> urlsByName(Dataset<Row> side) {
        Map<String, Set<String>> out = new HashMap<>();
        side.select(col("name_norm"), explode(col("urls"))).collectAsList()
                .forEach(r -> out.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1)));
        return out;
    }

    public long civCount() {
        return civ.count();
    }

    public long creditCount() {
        return credit.count();
    }

    private static Dataset<Row> prefixed(Dataset<Row> frame, String prefix) {
        List<Column> cols = Arrays.stream(frame.columns()).map(c -> col(c).as(prefix + c)).toList();
        return frame.select(cols.toArray(Column[]::new));
    }
}
