package org.civcred.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Settings;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobRunner;
import org.civcred.jobs.Pipeline;
import org.civcred.testing.MirrorPipeline;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table the pipeline writes is free of whole identity numbers and mobile numbers: over the
 * mirror as crawled, and over a copy where sites leaked both; and the scanner does find one planted
 * in a table, so a clean result means something. The figures go to target/reliability/privacy.json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakScannerTest {

    private final Instant started = Instant.now();
    private final List<LeakScanner.Result> cleanScans = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private int checksFailed;

    @TempDir
    Path tmp;

    @Test
    void noTableBuiltFromTheMirrorOrFromPagesThatLeakIdsAndMobilesHoldsAWholeNumber() throws Exception {
        SparkSession spark = SharedSpark.get();
        long t0 = System.nanoTime();
        Path mirrorData = MirrorPipeline.get().data();
        long t1 = System.nanoTime();
        LeakScanner.Result mirror = LeakScanner.scan(spark, mirrorData.toString(), line -> { });
        cleanScans.add(mirror);

        Path copy = MirrorPipeline.get().copyTo(Files.createDirectories(tmp.resolve("leaky")));
        LeakyPages leaky = new LeakyPages();
        leaky.archive(copy, 4);
        // Ingest, extract and resolve take the leaky pages in; every later table is built from theirs.
        new JobRunner(JobContext.of(spark, copy.toString(), Settings.defaults(), "leaky-run", Clock.systemUTC()))
                .run(Stream.of("ingest", "extract", "resolve").map(n -> Pipeline.byName(n).orElseThrow()).toList());
        LeakScanner.Result fixture = LeakScanner.scan(spark, copy.toString(), line -> { });
        cleanScans.add(fixture);

        // The shared mirror run is made once per test JVM and reused by other tests: timed apart.
        figures.put("mirror_pipeline_seconds", Math.round((t1 - t0) / 1e8) / 10.0);
        figures.put("scans_and_fixture_seconds", Math.round((System.nanoTime() - t1) / 1e8) / 10.0);
        long idsSeenMasked = countContaining(spark, copy, leaky.maskedIds());
        long mobilesSeenMasked = countContaining(spark, copy, leaky.maskedMobiles());
        figures.put("leaky_pages", leaky.pages());
        figures.put("planted_in_pages_ids", leaky.maskedIds().size());
        figures.put("planted_in_pages_mobiles", leaky.maskedMobiles().size());
        figures.put("masked_ids_seen", idsSeenMasked);
        figures.put("masked_mobiles_seen", mobilesSeenMasked);
        boolean wentThrough = idsSeenMasked > 0 && mobilesSeenMasked > 0;
        checksFailed += (mirror.clean() ? 0 : 1) + (fixture.clean() ? 0 : 1) + (wentThrough ? 0 : 1);

        assertTrue(mirror.tablesScanned() >= 10 && mirror.valuesScanned() > 0, "the mirror's tables were read");
        assertEquals(List.of(), mirror.findings(), "the mirror's tables hold no whole number");
        assertEquals(List.of(), fixture.findings(), "pages that leak numbers leave none in any table");
        assertTrue(leaky.maskedIds().size() >= 4 && leaky.maskedMobiles().size() >= 4, "the fixture leaks");
        assertTrue(idsSeenMasked > 0, "the leaked ids reached the tables, masked");
        assertTrue(mobilesSeenMasked > 0, "the leaked mobiles reached the tables, masked");
    }

    @Test
    void aWholeIdAndAMobilePlantedInATableAreFoundAndReportedMasked() {
        SparkSession spark = SharedSpark.get();
        String id = wholeId();
        Path data = tmp.resolve("planted");
        PlantedTable.documents(spark, data.toString(), id, "13912345678");
        LeakScanner.Result planted = LeakScanner.scan(spark, data.toString(), line -> { });
        // The id sits in two columns: the text and the row key.
        figures.put("planted_ids", 2);
        figures.put("planted_ids_found", planted.unmaskedFound());
        figures.put("planted_mobiles_found", planted.mobilesFound());
        checksFailed += planted.unmaskedFound() == 2 && planted.mobilesFound() == 1 ? 0 : 1;

        assertEquals(2, planted.unmaskedFound());
        assertEquals(1, planted.mobilesFound());
        LeakScanner.Finding finding = planted.findings().stream().filter(f -> f.column().equals("body_text")).findFirst()
                .orElseThrow();
        assertEquals("documents", finding.table());
        assertEquals("id", finding.kind());
        assertEquals("doc-" + org.civcred.text.IdNumbers.mask(id), finding.rowKey(), "the row key itself is masked");
        assertFalse(planted.findings().toString().contains(id), "no report carries the number");
    }

    @AfterAll
    void writeFigures() {
        LeakScanner.Result total = cleanScans.stream().reduce(PrivacyFigures::sum)
                .orElse(new LeakScanner.Result(0, 0, 0, 0, 0, List.of()));
        figures.put("checks_failed", checksFailed);
        PrivacyFigures.write(Path.of(System.getProperty("civcred.reliability.dir", "target/reliability")),
                "mvn test -Dtest=LeakScannerTest", started, total, figures);
    }

    /** Rows of list_entries.id_masked and documents text holding any of the masked forms. */
    private static long countContaining(SparkSession spark, Path data, List<String> masked) {
        Dataset<Row> docs = spark.read().format("delta").load(data.resolve("tables/documents").toString());
        Dataset<Row> entries = spark.read().format("delta").load(data.resolve("tables/list_entries").toString());
        long n = 0;
        for (String m : masked) {
            n += entries.where(entries.col("id_masked").equalTo(m)).count() > 0
                    || docs.where(docs.col("body_text").contains(m).or(docs.col("title").contains(m))).count() > 0 ? 1 : 0;
        }
        return n;
    }

    private static String wholeId() {
        String body17 = "41132319800101" + "123";
        return body17 + LeakyPages.checkChar(body17);
    }
}
