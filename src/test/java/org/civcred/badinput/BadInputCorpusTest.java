package org.civcred.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civcred.testing.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input golden table: the real ingest and extract jobs run once over the whole corpus
 * ({@link BadInputCorpus}), then each item is checked against its expected stage and reason.
 * Writes {@code target/reliability/bad-input.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private Instant started;
    private Path dir;
    private BadInputCorpus.Corpus corpus;
    private CorpusRun run;
    private List<ItemVerdict> verdicts;
    private long goodLost;

    @BeforeAll
    void runTheJobsOverTheCorpus() throws Exception {
        started = Instant.now();
        dir = Files.createTempDirectory("civcred-bad-input");
        Path warcs = Files.createDirectories(dir.resolve("corpus"));
        corpus = BadInputCorpus.write(warcs);
        run = new CorpusRun(SharedSpark.get(), dir.resolve("data"), corpus);
        verdicts = corpus.items().stream().map(i -> ItemVerdict.judge(i, run)).toList();
        Set<String> documented = run.documents.stream().map(r -> r.<String>getAs("url")).collect(Collectors.toSet());
        goodLost = corpus.goodUrls().stream().filter(u -> !documented.contains(u)).count();
    }

    @AfterAll
    void writeTheFiguresAndCleanUp() throws Exception {
        if (run != null) {
            Path file = BadInputReport.write("mvn test -Dtest=BadInputCorpusTest", started, run, verdicts,
                    corpus.goodUrls().size(), goodLost);
            System.out.println("bad-input figures: " + file.toAbsolutePath());
        }
        if (dir != null) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The golden table's rows; with a per-class lifecycle this is asked after the jobs have run. */
    Stream<BadInputCorpus.Item> items() {
        return corpus.items().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void eachBadInputEndsWhereTheGoldenTableSays(BadInputCorpus.Item item) {
        ItemVerdict v = verdicts.stream().filter(x -> x.item().id().equals(item.id())).findFirst().orElseThrow();
        assertTrue(v.handled(), item.id() + " (" + item.kind() + "): expected " + item.outcome() + " " + item.reason()
                + " at " + item.stage() + ", found " + v.note());
        assertTrue(v.traced(), item.id() + " left no trace");
    }

    @Test
    void bothJobsCompleteAndEveryGoodPageAroundTheBadOnesIsExtracted() {
        for (CorpusRun.JobOutcome job : run.jobs) {
            assertTrue(job.completed(), job.job() + " failed: " + job.error());
        }
        assertEquals(2, run.jobs.size());
        assertEquals(0, goodLost, "good pages missing from documents");
        assertTrue(corpus.goodUrls().size() >= 10, "the corpus surrounds its bad items with good pages");
    }

    @Test
    void everyQuarantineRowSaysWhatHappenedInItsDetail() {
        for (org.apache.spark.sql.Row q : run.quarantine) {
            String detail = q.getAs("detail");
            assertTrue(detail != null && detail.length() >= 20, q.getAs("reason") + " has no useful detail: " + detail);
        }
    }

    @Test
    void noMaliciousTargetReachesCaptures() {
        Set<String> bad = corpus.items().stream().filter(i -> i.id().startsWith("target-")).map(BadInputCorpus.Item::url)
                .collect(Collectors.toSet());
        List<String> leaked = run.captures.stream().map(r -> r.<String>getAs("url")).filter(bad::contains).toList();
        assertEquals(List.of(), leaked);
    }
}
