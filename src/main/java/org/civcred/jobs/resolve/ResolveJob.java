package org.civcred.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.jobs.Job;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code resolve}: list_entries → entities, one row per person or organisation within each family
 * ({@link Resolution}). The table is rebuilt from its input each run (MERGE with deletion of rows the
 * input no longer gives), so unchanged entities keep the run id that wrote them. Entries with no name
 * and no identity number cannot be resolved and go to quarantine ({@code unnamed-entry}).
 */
public final class ResolveJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveJob.class);

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public List<String> inputs() {
        return List.of("list_entries");
    }

    @Override
    public List<String> outputs() {
        return List.of("entities", "quarantine");
    }

    @Override
    public JobResult run(JobContext context) {
        int maxBlock = context.settings().integer("resolve.max-block");
        Dataset<Row> entries = context.tables().read("list_entries");
        Dataset<Row> entities = Resolution.entities(entries, maxBlock, context.runId()).cache();
        try {
            context.tables().merge("entities", entities, context.runId(), true);
            Dataset<Row> unnamed = Resolution.unnamed(entries);
            long quarantined = unnamed.count();
            if (quarantined > 0) {
                context.quarantine(quarantineRows(unnamed, context));
            }
            long read = entries.count();
            long written = entities.count();
            LOG.info("resolve: {} entries → {} entities ({} quarantined)", read, written, quarantined);
            return new JobResult(name(), Map.of("entries", read, "entities", written, "quarantined", quarantined));
        } finally {
            entities.unpersist();
        }
    }

    private static Dataset<Row> quarantineRows(Dataset<Row> unnamed, JobContext context) {
        String reason = "unnamed-entry";
        Column id = sha1(concat_ws("\n", lit("resolve"), col("entry_id"), lit(reason)));
        return unnamed.select(id.as("quarantine_id"), lit(context.runId()).as("run_id"), lit("resolve").as("stage"),
                col("capture_id"), col("url"), col("entry_id").as("row_key"), lit(reason).as("reason"),
                lit("a list entry without a name or an identity number cannot be resolved").as("detail"),
                lit(Timestamp.from(context.clock().instant())).as("recorded_at"));
    }
}
