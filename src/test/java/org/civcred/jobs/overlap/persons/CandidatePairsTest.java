package org.civcred.jobs.overlap.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidatePairsTest {

    private final SparkSession spark = SharedSpark.get();
    private List<Row> uncapped;

    @BeforeAll
    void pairTheSampleWithoutCap() {
        uncapped = CandidatePairs.pairs(CandidatePairs.persons(sample()), 100).collectAsList();
    }

    static Row entity(String id, String family, String name, boolean masked, String birth, String region) {
        String province = region == null ? null : region.substring(0, 2) + "0000";
        String prefecture = region == null ? null : region.substring(0, 4) + "00";
        return RowFactory.create(id, family, "person", name, masked, seq(name), null, birth, region, null, province,
                prefecture, seq(), seq(), seq(family.equals("credit") ? "red" : "honour"), seq(),
                Date.valueOf("2019-01-01"), seq(), seq("entry-" + id), seq("http://h/" + id), seq("cap-" + id), "run");
    }

    static scala.collection.immutable.List<String> seq(String... values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(values)).toList();
    }

    private Dataset<Row> entities(Row... rows) {
        return spark.createDataFrame(List.of(rows), TableSchema.load("entities").structType());
    }

    private static Set<String> pairs(Dataset<Row> pairs) {
        return pairs(pairs.collectAsList());
    }

    private static Set<String> pairs(List<Row> pairs) {
        return pairs.stream()
                .map(r -> r.getAs("c_entity_id") + "~" + r.getAs("k_entity_id") + ":" + r.getAs("rule"))
                .collect(Collectors.toSet());
    }

    private Dataset<Row> sample() {
        return entities(
                entity("c1", "civilization", "王伟", false, null, "130102"),
                entity("c2", "civilization", "王伟", false, null, "411330"),
                entity("c3", "civilization", "王伟", false, null, "510104"),
                entity("k1", "credit", "王伟", false, null, "130100"),
                entity("k2", "credit", "王伟", false, null, null),
                entity("c4", "civilization", "张秀英", false, "1962-03", "411330"),
                entity("k3", "credit", "张秀瑛", false, "1962-03", "411300"),
                entity("k4", "credit", "张某某", true, null, "411330"),
                entity("c5", "civilization", "张某某", true, null, "411330"));
    }

    @Test
    void sameNamePairsAndOneCharacterVariantsOfTheSameBirthMonthAndCityAreCandidates() {
        Set<String> found = pairs(uncapped);
        assertEquals(Set.of("c1~k1:name", "c2~k1:name", "c3~k1:name", "c1~k2:name", "c2~k2:name", "c3~k2:name",
                "c4~k3:surname_birth_prefecture"), found, "masked names never pair");
    }

    @Test
    void aNameBlockOverTheCapIsPairedWithinProvincesOnly() {
        Set<String> found = pairs(CandidatePairs.pairs(CandidatePairs.persons(sample()), 4));
        assertEquals(Set.of("c1~k1:name", "c4~k3:surname_birth_prefecture"), found,
                "3 × 2 王伟 pairs exceed 4: only the Hebei pair is left, and k2 without a province pairs with none");
    }

    @Test
    void eachPairCarriesTheNamesFrequencyAcrossBothFamilies() {
        for (Row r : uncapped) {
            long expected = "王伟".equals(r.getAs("c_name_norm")) ? 5 : 1;
            assertEquals(expected, r.<Long>getAs("name_count"), r.toString());
        }
    }
}
