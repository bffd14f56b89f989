package org.civcred.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.config.CivcredException;
import org.civcred.config.Errors;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality check of one job run.
 *
 * <p>Gold tables: the job writes through {@link #context()}, whose tables hand every gold write to
 * this check first. The rows are materialised once (so the rows checked are the rows merged), the
 * table they would make is evaluated, and a failing hard expectation refuses the write: readers keep
 * the previous version. Other tables: {@link #finish()} evaluates the tables the job declares as
 * outputs, and {@code job_runs}, on their versions after the job. Every outcome becomes a
 * {@code dq_results} row; warn failures are logged; a hard failure ends the job with
 * {@link Errors#jobFailed}, which stops the run.
 */
public final class JobCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JobCheck.class);

    private final JobContext context;
    private final Job job;
    private final ExpectationCatalog catalog;
    private final EvaluationViews views;
    /** Gold outcomes that passed before their merge, recorded by finish() against the version the merge made. */
    private final Map<String, List<Outcome>> checkedBeforeMerge = new LinkedHashMap<>();
    /** Each output's version when the job began: an output the job left at that version is not evaluated again. */
    private final Map<String, OptionalLong> versionsBefore = new LinkedHashMap<>();

    JobCheck(JobContext context, Job job, ExpectationCatalog catalog, EvaluationViews views) {
        this.context = context;
        this.job = job;
        this.catalog = catalog;
        this.views = views;
        if (job != null) {
            job.outputs().forEach(t -> versionsBefore.put(t, context.tables().version(t)));
        }
    }

    static JobCheck disabled(JobContext context) {
        return new JobCheck(context, null, null, null);
    }

    /** The context to run the job with: the run's own, with gold writes passing through this check. */
    public JobContext context() {
        if (catalog == null) {
            return context;
        }
        Tables checked = context.tables().withWriteCheck(this::beforeWrite);
        return new JobContext(context.spark(), context.dataDir(), checked, context.settings(), context.runId(),
                context.clock(), context.increment());
    }

    /** Evaluates the job's outputs, records every outcome, and throws when a hard expectation failed. */
    public void finish() {
        if (catalog == null) {
            return;
        }
        Set<String> tables = new LinkedHashSet<>(job.outputs());
        tables.addAll(checkedBeforeMerge.keySet());
        tables.add("job_runs");
        List<Outcome> outcomes = new ArrayList<>();
        for (String table : tables) {
            List<Expectation> expectations = catalog.forTable(table);
            OptionalLong version = context.tables().version(table);
            if (checkedBeforeMerge.containsKey(table)) {
                Long v = version.isPresent() ? version.getAsLong() : null;
                checkedBeforeMerge.get(table).forEach(o -> outcomes.add(o.atVersion(v)));
            } else if (!expectations.isEmpty() && version.isPresent() && (table.equals("job_runs") || changedByJob(table, version))) {
                views.registerCommitted(table, version.getAsLong(), expectations);
                outcomes.addAll(evaluator().evaluate(table, version.getAsLong(), expectations));
            }
        }
        settle(outcomes);
    }

    /**
     * Whether the job committed a new version of this output. An unchanged table holds the rows the
     * run that wrote them already evaluated; at a million pages a re-evaluation costs minutes.
     */
    private boolean changedByJob(String table, OptionalLong version) {
        OptionalLong before = versionsBefore.getOrDefault(table, OptionalLong.empty());
        return before.isEmpty() || before.getAsLong() != version.getAsLong();
    }

    private Dataset<Row> beforeWrite(String table, Dataset<Row> rows, boolean replacesTable) {
        List<Expectation> expectations = catalog.forTable(table);
        if (expectations.isEmpty() || !TableSchema.load(table).isGold()) {
            return rows;
        }
        Dataset<Row> fixed = rows.localCheckpoint();
        views.registerCandidate(table, fixed, replacesTable, expectations);
        List<Outcome> outcomes = evaluator().evaluate(table, null, expectations);
        if (outcomes.stream().anyMatch(Outcome::blocks)) {
            OptionalLong unchanged = context.tables().version(table);
            Long v = unchanged.isPresent() ? unchanged.getAsLong() : null;
            settle(outcomes.stream().map(o -> o.atVersion(v)).toList());
        }
        checkedBeforeMerge.put(table, outcomes);
        return fixed;
    }

    /** Records the outcomes, logs them, and throws on the first blocking one. */
    private void settle(List<Outcome> outcomes) {
        DqResults.record(context.spark(), context.tables(), context.runId(), job.name(), outcomes);
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        LOG.info("{}: {} expectations evaluated, {} failed", job.name(), outcomes.size(), failed);
        outcomes.stream().filter(o -> !o.passed()).forEach(o -> LOG.warn("{}: {}", job.name(), o.summary()));
        List<Outcome> blocking = outcomes.stream().filter(Outcome::blocks).toList();
        if (!blocking.isEmpty()) {
            throw failure(blocking);
        }
    }

    private CivcredException failure(List<Outcome> blocking) {
        Outcome first = blocking.get(0);
        String more = blocking.size() > 1 ? " (and " + (blocking.size() - 1) + " more)" : "";
        return Errors.jobFailed(job.name(), "hard expectation '" + first.expectation().name() + "' on " + first.table()
                + " failed: observed " + (first.observed() == null ? "nothing" : Expectation.number(first.observed()))
                + ", expected " + first.expectation().threshold() + more + "; details: bin/civcred dq --run "
                + context.runId(), null);
    }

    private ExpectationEvaluator evaluator() {
        return new ExpectationEvaluator(views.session(), context.clock());
    }
}
