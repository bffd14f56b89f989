package org.civcred.research;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.SparkSession;
import org.civcred.config.Errors;
import org.civcred.tables.TableCatalog;

/**
 * Turns an {@link AsOf} into one exact version per table, from the Delta logs and job_runs.
 *
 * <ul>
 *   <li>a run id: every table the run wrote at the version it wrote last, tables it only read at
 *       the version it read, and the others at their latest version committed before the run's
 *       last commit: the tables exactly as that run left them;</li>
 *   <li>a timestamp: each table at its latest version committed at or before it; tables created
 *       later are absent;</li>
 *   <li>a bare version: that version of the one table read (export), never for several tables,
 *       whose version numbers are unrelated;</li>
 *   <li>{@code --as-of-version TABLE=N}: exact versions, over any of the above.</li>
 * </ul>
 * A run id is looked up first, so a run named after a date still means the run.
 */
public final class VersionResolver {

    private final SparkSession spark;
    private final String dataDir;

    public VersionResolver(SparkSession spark, String dataDir) {
        this.spark = spark;
        this.dataDir = dataDir;
    }

    /**
     * @param asOf        what the user asked for
     * @param singleTable the one table read (a bare version applies to it), or null for a query
     */
    public PinnedTables resolve(AsOf asOf, String singleTable) {
        Map<String, TableHistory> histories = TableHistories.read(spark, dataDir);
        Map<String, Long> latest = new LinkedHashMap<>();
        histories.forEach((t, h) -> latest.put(t, h.latest()));
        Map<String, Long> versions = new LinkedHashMap<>(latest);
        Map<String, String> absent = new LinkedHashMap<>();
        String basis = "latest";
        if (asOf.point() != null) {
            basis = pointInto(asOf, singleTable, histories, versions, absent);
        }
        for (Map.Entry<String, Long> e : asOf.exact().entrySet()) {
            TableHistory h = historyOf(e.getKey(), histories);
            requireVersion(h, e.getValue());
            versions.put(e.getKey(), e.getValue());
            absent.remove(e.getKey());
        }
        if (!asOf.exact().isEmpty()) {
            basis += ", exact versions for " + String.join(", ", asOf.exact().keySet());
        }
        // Keep catalog order whatever order the versions were decided in.
        Map<String, Long> ordered = new LinkedHashMap<>();
        histories.keySet().stream().filter(versions::containsKey).forEach(t -> ordered.put(t, versions.get(t)));
        return new PinnedTables(basis, ordered, latest, absent);
    }

    private String pointInto(AsOf asOf, String singleTable, Map<String, TableHistory> histories,
                             Map<String, Long> versions, Map<String, String> absent) {
        String point = asOf.point();
        Optional<RecordedRun> run = RecordedRun.find(spark, dataDir, point);
        if (run.isPresent()) {
            pinToRun(run.get(), histories, versions, absent);
            return "as run " + point + " left them" + (run.get().failed().isEmpty() ? ""
                    : "; its failed jobs: " + String.join(", ", run.get().failed()));
        }
        OptionalLong bare = asOf.bareVersion();
        if (bare.isPresent()) {
            if (singleTable == null) {
                throw Errors.usage("--as-of " + point + " is a version number, and each table numbers its own versions",
                        "Pin tables with --as-of-version overlap_persons=" + bare.getAsLong()
                        + ", or use --as-of RUN_ID or --as-of TIMESTAMP for all tables");
            }
            TableHistory h = historyOf(singleTable, histories);
            requireVersion(h, bare.getAsLong());
            versions.put(singleTable, bare.getAsLong());
            return "version " + bare.getAsLong() + " of " + singleTable;
        }
        Instant time = PointInTime.parse(point).orElseThrow(() -> Errors.usage(
                "--as-of '" + point + "' is neither a run id in job_runs, a timestamp nor a version",
                "Use a run id (recent: " + String.join(", ", RecordedRun.recentIds(spark, dataDir, 5))
                + "), a timestamp such as 2026-11-22T08:00:00Z, or a version such as v3"));
        pinToTime(time, histories, versions, absent);
        return "as of " + time;
    }

    private static void pinToRun(RecordedRun run, Map<String, TableHistory> histories, Map<String, Long> versions,
                                 Map<String, String> absent) {
        // The run's last commit anywhere (job_runs included) marks the moment it finished.
        Instant cutoff = histories.values().stream().map(h -> h.lastCommitOf(run.runId()))
                .flatMap(Optional::stream).map(TableHistory.Commit::timestamp)
                .max(Instant::compareTo).orElse(run.ended());
        for (TableHistory h : histories.values()) {
            String t = h.table();
            Long v = run.outputs().containsKey(t) ? run.outputs().get(t) : run.inputs().get(t);
            if (v == null) {
                OptionalLong before = h.atOrBefore(cutoff);
                if (before.isEmpty()) {
                    versions.remove(t);
                    absent.put(t, "created after run " + run.runId() + ", at " + h.firstCommitTime());
                    continue;
                }
                v = before.getAsLong();
            }
            requireVersion(h, v);
            versions.put(t, v);
        }
    }

    private static void pinToTime(Instant time, Map<String, TableHistory> histories, Map<String, Long> versions,
                                  Map<String, String> absent) {
        for (TableHistory h : histories.values()) {
            OptionalLong v = h.atOrBefore(time);
            if (v.isPresent()) {
                versions.put(h.table(), v.getAsLong());
            } else {
                versions.remove(h.table());
                absent.put(h.table(), "its first version in the log is from " + h.firstCommitTime());
            }
        }
        if (versions.isEmpty()) {
            Instant first = histories.values().stream().map(TableHistory::firstCommitTime).min(Instant::compareTo)
                    .orElse(null);
            throw Errors.usage("No table existed at " + time,
                    first == null ? "No table exists yet; run the pipeline first"
                            : "The earliest commit of any table is from " + first);
        }
    }

    private TableHistory historyOf(String table, Map<String, TableHistory> histories) {
        TableHistory h = histories.get(table);
        if (h == null) {
            String why = TableCatalog.ALL.contains(table) ? "Table " + table + " does not exist in " + dataDir
                    : "No table '" + table + "'";
            throw Errors.usage(why, "Tables in " + dataDir + ": " + String.join(", ", histories.keySet()));
        }
        return h;
    }

    private static void requireVersion(TableHistory h, long version) {
        if (!h.has(version)) {
            throw Errors.usage("Table " + h.table() + " has no version " + version,
                    "Its log holds " + h.range());
        }
    }
}
