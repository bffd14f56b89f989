package org.civcred.bench;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.SparkSessions;
import org.civcred.jobs.overlap.persons.CandidatePairs;
import org.civcred.jobs.overlap.persons.OverlapPersons;
import org.civcred.jobs.overlap.persons.OverlapPersonsJob;
import org.civcred.jobs.overlap.persons.ScoringModel;
import org.civcred.jobs.resolve.Resolution;
import org.civcred.mirror.GroundTruth;
import org.civcred.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code civcred-bench persons}: person overlap by civcred (resolve + overlap-persons, rerun fresh on the
 * data's list_entries) against a naive exact-name join and against full pairwise scoring of a sample with
 * civcred's own scorer, each scored against the ground truth. The sample rows show what blocking loses:
 * civcred's pairs restricted to the sample against every pair of the sample.
 */
@Command(name = "persons", mixinStandardHelpOptions = true,
        description = "Person overlap: civcred vs a naive exact-name join vs full pairwise scoring of a sample.")
public final class PersonsBench implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data directory with list_entries.")
    String data;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "ground-truth.json of the corpus.")
    Path truthFile;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1500",
            description = "Person entities per side in the full pairwise sample. Default: ${DEFAULT-VALUE}")
    int sample;

    @Option(names = "--conf", paramLabel = "FILE", description = "Settings overrides.")
    Path conf;

    @Mixin
    BenchOutput output;

    @Override
    public Integer call() throws IOException {
        if (sample < 1) {
            throw Errors.usage("--sample must be at least 1, not " + sample, "Give the entities per side, e.g. --sample 1500");
        }
        GroundTruth truth = readTruth(truthFile);
        PersonTruthIndex index = PersonTruthIndex.of(truth);
        Settings settings = Settings.load(conf, System.getProperties());
        SparkSession spark = SparkSessions.create("civcred-bench persons", settings);
        Tables tables = new Tables(spark, data);
        if (!tables.exists("list_entries")) {
            throw Errors.usage("No list_entries table under " + data, "Run the pipeline first (bin/civcred run --data " + data + ")");
        }
        Path work = Files.createTempDirectory("civcred-bench-persons");
        BenchReport report = new BenchReport("persons", Clock.systemUTC()).parameter("data", data)
                .parameter("truth", truthFile.toString()).parameter("sample", sample)
                .parameter("truth_persons", index.personCount()).parameter("truth_distractors", index.distractorCount());
        OverlapPersons.Params params = OverlapPersonsJob.params(settings);
        String runId = "bench-persons";
        Dataset<Row> entries = tables.read("list_entries");

        progress("civcred resolve + overlap-persons");
        long t0 = System.nanoTime();
        Resolution.entities(entries, settings.integer("resolve.max-block"), runId).write().parquet(work + "/entities");
        Dataset<Row> entities = spark.read().parquet(work + "/entities");
        double resolveSeconds = seconds(t0);
        long t1 = System.nanoTime();
        ScoringModel model = OverlapPersons.model(entities, params);
        OverlapPersons.scored(entities, model, params.maxBlockPairs(), runId)
                .select("civ_entity_id", "credit_entity_id", "name", "civ_urls", "credit_urls", "probability")
                .write().parquet(work + "/scored");
        Dataset<Row> scored = spark.read().parquet(work + "/scored");
        Dataset<Row> matched = scored.filter(col("probability").geq(params.threshold()));
        long candidates = scored.count();
        matched.count();
        double overlapSeconds = seconds(t1);
        long entryCount = entries.count();
        report.row(row("civcred", entryCount, candidates, resolveSeconds + overlapSeconds,
                PersonPairScoring.score(matched, index)));
        report.figure("civcred_resolve_seconds", resolveSeconds).figure("civcred_overlap_seconds", overlapSeconds);

        progress("naive exact-name join");
        Dataset<Row> naiveEntries = NaiveNameJoin.entries(entries);
        long t2 = System.nanoTime();
        long naivePairs = NaiveNameJoin.pairs(naiveEntries).count();
        double naiveSeconds = seconds(t2);
        report.row(row("naive exact-name join", naiveEntries.count(), naivePairs, naiveSeconds,
                PersonPairScoring.score(NaiveNameJoin.pairs(naiveEntries), index)));

        progress("full pairwise scoring of a sample of %d entities per side", sample);
        Dataset<Row> persons = CandidatePairs.persons(entities);
        PersonSample drawn = PersonSample.of(persons, sample);
        long civN = drawn.civCount();
        long creditN = drawn.creditCount();
        PersonTruthIndex sampleTruth = index.within(PersonSample.urlsByName(drawn.civ()), PersonSample.urlsByName(drawn.credit()));
        long t3 = System.nanoTime();
        OverlapPersons.scorePairs(drawn.allPairs(CandidatePairs.nameCounts(persons)), model, runId)
                .filter(col("probability").geq(params.threshold()))
                .select("civ_entity_id", "credit_entity_id", "name", "civ_urls", "credit_urls")
                .write().parquet(work + "/pairwise");
        Dataset<Row> pairwise = spark.read().parquet(work + "/pairwise");
        pairwise.count();
        double pairwiseSeconds = seconds(t3);
        report.row(row("full pairwise, sample", civN + creditN, civN * creditN, pairwiseSeconds,
                PersonPairScoring.score(pairwise, sampleTruth)));
        Dataset<Row> inSample = matched
                .join(drawn.civ().select(col("entity_id").as("civ_entity_id")), "civ_entity_id")
                .join(drawn.credit().select(col("entity_id").as("credit_entity_id")), "credit_entity_id");
        report.row(row("civcred, same sample", civN + creditN, null, null, PersonPairScoring.score(inSample, sampleTruth)));
        report.parameter("sample_truth_persons", sampleTruth.personCount());
        report.finish(output.dir());
        return 0;
    }

    private static Map<String, Object> row(String contender, long entries, Long pairs, Double wall,
                                           PersonPairScoring.Figures f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("contender", contender);
        r.put("entries", entries);
        r.put("pairs compared", pairs);
        r.put("wall s", wall);
        r.put("predicted", f.predicted());
        r.put("precision", f.precision());
        r.put("recall", f.recall());
        r.put("found", f.found() + "/" + f.truth());
        r.put("distractors matched", f.distractorHits());
        progress("%s: %d predicted, %d right; wrong pairs e.g. %s", contender, f.predicted(), f.correct(), f.examples());
        return r;
    }

    static GroundTruth readTruth(Path file) {
        if (!Files.isRegularFile(file)) {
            throw Errors.usage("No ground truth at " + file, "Give the corpus's ground-truth.json with --truth");
        }
        try {
            return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(file.toFile(), GroundTruth.class);
        } catch (IOException e) {
            throw Errors.badInput("Cannot read the ground truth " + file, "Give a ground-truth.json in the mirror's format", e);
        }
    }

    private static void progress(String format, Object... args) {
        BenchProgress.print("persons", format, args);
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }
}
