package org.civcred.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorSnapshot;
import org.civcred.tables.TableSchema;
import org.civcred.testing.SharedSpark;
import org.civcred.text.NameNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
/**
 * The resolve transform on the mirror's list entries and on a skewed block, in memory; the job's Delta
 * round trip and its idempotency are tested with the overlap job in {@code PersonsPipelineTest}.
 */
class ResolveJobTest {

    private final SparkSession spark = SharedSpark.get();
    private List<Row> firstRun;

    @BeforeAll
    void resolveTheMirror() {
        firstRun = Resolution.entities(MirrorListEntries.frame(spark), 200, "run-1").collectAsList();
    }

    @Test
    void theSameEntriesInAnotherOrderAndPartitioningGiveTheSameEntities() {
        Dataset<Row> reshuffled = MirrorListEntries.frame(spark).orderBy(col("url").desc(), col("entry_id")).repartition(3);
        assertEquals(new HashSet<>(firstRun), new HashSet<>(Resolution.entities(reshuffled, 200, "run-1").collectAsList()));
    }

    @Test
    void everyEntryBelongsToExactlyOneEntity() {
        List<String> members = firstRun.stream().flatMap(r -> r.<String>getList(r.fieldIndex("entry_ids")).stream()).toList();
        assertEquals(members.size(), new HashSet<>(members).size());
        assertEquals(MirrorListEntries.rows().size(), members.size());
    }

    @Test
    void aPlantedPersonsAppearancesOnOneSideFormOneEntity() {
        GroundTruth truth = MirrorSnapshot.standard().groundTruth();
        List<String> split = new ArrayList<>();
        for (GroundTruth.Person p : truth.persons()) {
            for (String family : List.of("civilization", "credit")) {
                Set<String> urls = ownUrls(p.appearances(), family, truth);
                long entities = entitiesOf(NameNormalizer.normalize(p.name()), family).stream()
                        .filter(e -> e.getList(e.fieldIndex("urls")).stream().anyMatch(urls::contains)).count();
                if (!urls.isEmpty() && entities != 1) {
                    split.add(p.id() + " " + family + " in " + entities);
                }
            }
        }
        assertEquals(List.of(), split);
    }

    @Test
    void aSameNameDistractorIsNeverMergedWithThePlantedPerson() {
        GroundTruth truth = MirrorSnapshot.standard().groundTruth();
        int checked = 0;
        for (GroundTruth.Distractor d : truth.distractors()) {
            for (String personId : d.mustNotMatch()) {
                GroundTruth.Person p = truth.persons().stream().filter(x -> x.id().equals(personId)).findFirst().orElseThrow();
                for (String family : List.of("civilization", "credit")) {
                    Set<String> personUrls = ownUrls(p.appearances(), family, truth);
                    Set<String> distractorUrls = ownUrls(d.appearances(), family, truth);
                    for (Row e : entitiesOf(NameNormalizer.normalize(d.name()), family)) {
                        List<String> urls = e.getList(e.fieldIndex("urls"));
                        boolean both = urls.stream().anyMatch(personUrls::contains) && urls.stream().anyMatch(distractorUrls::contains);
                        assertFalse(both, d.id() + " merged with " + p.id() + ": " + urls);
                    }
                    checked += distractorUrls.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(checked >= 5, "most of D11–D17 have pages of their own to check, got " + checked);
    }

    @Test
    void aSkewedNameBlockIsSplitByPrefectureSoNoGroupExceedsTheCap() {
        List<Row> rows = new ArrayList<>();
        String[] prefectures = {"130100", "411300", "510100"};
        for (int i = 0; i < 450; i++) {
            String pref = prefectures[i % 3];
            String birth = String.format("%04d-%02d", 1940 + i / 12, 1 + i % 12);
            rows.add(entry("w" + i, "王伟", pref, birth));
        }
        rows.add(entry("r1", "马踏飞", "411300", null));
        rows.add(entry("r2", "马踏飞", "411330", null));
        Dataset<Row> entries = spark.createDataFrame(rows, TableSchema.load("list_entries").structType());
        Dataset<Row> blocked = Resolution.blocked(entries, 100);
        Row biggest = blocked.groupBy(Resolution.BLOCK).agg(count("*").as("n")).agg(max("n")).first();
        assertTrue(biggest.getLong(0) <= 100, "largest group " + biggest.getLong(0));
        assertEquals(1, blocked.filter(col("name_norm").equalTo("马踏飞")).select(Resolution.BLOCK).distinct().count(),
                "a small block is not split");
        List<Row> entities = Resolution.entities(entries, 100, "r").collectAsList();
        Map<String, Long> byName = entities.stream().collect(Collectors.groupingBy(r -> r.getAs("name_norm"), Collectors.counting()));
        assertEquals(450L, byName.get("王伟"), "450 different birth months are 450 people");
        assertEquals(1L, byName.get("马踏飞"), "nested regions, one person");
    }

    private static Row entry(String id, String name, String region, String birth) {
        String province = region.substring(0, 2) + "0000";
        String prefecture = region.substring(0, 4) + "00";
        return org.apache.spark.sql.RowFactory.create(id, "doc-" + id, "cap-" + id, "http://h/" + id, "s", "civilization",
                "person", name, name, false, null, birth, null, region, null, province, prefecture, null, null, null, null,
                "honour", Date.valueOf("2019-01-01"), null, null, null, null, null, null, "run");
    }

    private List<Row> entitiesOf(String name, String family) {
        return firstRun.stream().filter(r -> name.equals(r.getAs("name_norm")) && family.equals(r.getAs("family"))).toList();
    }

    /** The appearance URLs of one side that no other planted person or distractor shares (list pages are shared). */
    private static Set<String> ownUrls(List<GroundTruth.Appearance> appearances, String family, GroundTruth truth) {
        Map<String, Long> uses = new java.util.HashMap<>();
        truth.persons().forEach(p -> p.appearances().stream().map(GroundTruth.Appearance::url).distinct()
                .forEach(u -> uses.merge(u, 1L, Long::sum)));
        truth.distractors().forEach(d -> d.appearances().stream().map(GroundTruth.Appearance::url).distinct()
                .forEach(u -> uses.merge(u, 1L, Long::sum)));
        return appearances.stream().filter(a -> a.family().equals(family)).map(GroundTruth.Appearance::url)
                .filter(u -> uses.getOrDefault(u, 0L) == 1).collect(Collectors.toSet());
    }
}
