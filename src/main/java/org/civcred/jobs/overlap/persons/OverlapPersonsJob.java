package org.civcred.jobs.overlap.persons;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.config.Errors;
import org.civcred.config.Settings;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.overlap.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code overlap-persons}: entities → overlap_persons, people on both sides ({@link OverlapPersons}).
 * Rebuilt from its input each run (MERGE on pair_id, deleting pairs no longer found), so an unchanged
 * pair keeps its row and run id. Settings: {@code overlap.persons.threshold}, {@code .expected-share},
 * {@code .max-block-pairs}, {@code .u-sample}, {@code .min-name-frequency}.
 */
public final class OverlapPersonsJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(OverlapPersonsJob.class);

    @Override
    public String name() {
        return "overlap-persons";
    }

    @Override
    public List<String> inputs() {
        return List.of("entities", "documents");
    }

    @Override
    public List<String> outputs() {
        return List.of("overlap_persons");
    }

    @Override
    public JobResult run(JobContext context) {
        OverlapPersons.Params params = params(context.settings());
        Dataset<Row> entities = context.tables().read("entities").cache();
        try {
            ScoringModel model = OverlapPersons.model(entities, params);
            Dataset<Row> scored = OverlapPersons.scored(entities, model, params.maxBlockPairs(), context.runId()).cache();
            Dataset<Row> matched = scored.filter(scored.col("probability").geq(params.threshold()));
            Dataset<Row> evidence = matched.select(col("pair_id"), explode(concat(col("civ_capture_ids"),
                    col("credit_capture_ids"))).as("capture_id"));
            Dataset<Row> sources = Sources.of(evidence, List.of("pair_id"), context.input("documents"), Integer.MAX_VALUE);
            context.tables().merge("overlap_persons", Sources.attach(matched, sources, List.of("pair_id")),
                    context.runId(), true);
            long candidates = scored.count();
            long pairs = matched.count();
            scored.unpersist();
            LOG.info("overlap-persons: {} candidate pairs, {} at probability ≥ {} (prior log2 odds {}, {} person entities)",
                    candidates, pairs, params.threshold(), ScoringModel.number(model.priorLog2Odds()), model.nameTotal());
            return new JobResult(name(), Map.of("candidate_pairs", candidates, "pairs", pairs,
                    "person_entities", model.nameTotal()));
        } finally {
            entities.unpersist();
        }
    }

    public static OverlapPersons.Params params(Settings settings) {
        double threshold = fraction(settings, "overlap.persons.threshold");
        double share = fraction(settings, "overlap.persons.expected-share");
        return new OverlapPersons.Params(threshold, share, settings.integer("overlap.persons.max-block-pairs"),
                settings.integer("overlap.persons.u-sample"), fraction(settings, "overlap.persons.min-name-frequency"));
    }

    private static double fraction(Settings settings, String key) {
        String raw = settings.string(key);
        try {
            double v = Double.parseDouble(raw.trim());
            if (v < 0 || v > 1) {
                throw new NumberFormatException("outside 0–1");
            }
            return v;
        } catch (NumberFormatException e) {
            throw Errors.usage("Setting " + key + " must be a number from 0 to 1, not '" + raw + "'",
                    "Set it in conf/civcred.properties or with -Dcivcred." + key + "=0.9");
        }
    }
}
