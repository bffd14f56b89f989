package org.civcred.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.civcred.config.Errors;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;

/**
 * The quality gate of one pipeline run: the expectation catalog, loaded once, and a {@link JobCheck}
 * per job. Settings: {@code quality.enabled} (default true) and {@code quality.expectations-dir}
 * (extra expectation files added to the built-in ones).
 */
public final class QualityGate {

    private final JobContext context;
    private final ExpectationCatalog catalog;
    private final boolean enabled;
    private EvaluationViews views;

    QualityGate(JobContext context, ExpectationCatalog catalog, boolean enabled) {
        this.context = context;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    /** The gate the settings of {@code context} ask for; bad expectation files are refused here, before any job runs. */
    public static QualityGate forContext(JobContext context) {
        String enabled = context.settings().string("quality.enabled");
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw Errors.badSetting(context.settings().source("quality.enabled"), "quality.enabled", enabled, "true or false");
        }
        if (enabled.equals("false")) {
            return new QualityGate(context, ExpectationCatalog.empty(), false);
        }
        String dir = context.settings().string("quality.expectations-dir");
        return new QualityGate(context, ExpectationCatalog.load(dir.isBlank() ? null : Path.of(dir)), true);
    }

    /** Starts checking {@code job}: run the job with {@link JobCheck#context()}, then call {@link JobCheck#finish()}. */
    public JobCheck begin(Job job) {
        if (!enabled) {
            return JobCheck.disabled(context);
        }
        return new JobCheck(context, job, catalog, views());
    }

    /**
     * Evaluates every table's expectations on its latest version, outside any job (after editing
     * expectation files, say), records the outcomes under the context's run id as job {@code dq}, and
     * returns them. Failures are reported, never thrown: nothing is being published.
     */
    public List<Outcome> evaluateAll() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String table : catalog.tables()) {
            OptionalLong version = context.tables().version(table);
            if (version.isPresent()) {
                List<Expectation> expectations = catalog.forTable(table);
                views().registerCommitted(table, version.getAsLong(), expectations);
                outcomes.addAll(new ExpectationEvaluator(views().session(), context.clock())
                        .evaluate(table, version.getAsLong(), expectations));
            }
        }
        DqResults.record(context.spark(), context.tables(), context.runId(), "dq", outcomes);
        return outcomes;
    }

    private EvaluationViews views() {
        if (views == null) {
            views = new EvaluationViews(context.spark(), context.tables());
        }
        return views;
    }
}
