package org.civcred.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The e2e benchmark's figures: one row per phase (child JVMs, and each job as job_runs recorded it),
 * a table of table sizes, cost per 1,000 pages, peaks, and the overlap scores, against the goals of
 * the scale issue (a million pages within 60 minutes on local[2] with at most 8 GiB of heap).
 */
final class EndToEndReport {

    static final String NAME = "e2e";
    private static final double MIB = 1024.0 * 1024.0;
    private static final long HEAP_GOAL_BYTES = 8L << 30;

    private final BenchReport report;
    private final long pages;
    private final List<Map<String, Object>> tableRows = new ArrayList<>();

    EndToEndReport(Clock clock, long pages) {
        this.report = new BenchReport(NAME, clock);
        this.pages = pages;
    }

    void parameters(Integer asked, long seed, Path corpus, String heap, String master) {
        report.parameter("pages", pages).parameter("pages_asked", asked).parameter("seed", seed)
                .parameter("corpus", corpus.toString()).parameter("heap", heap).parameter("master", master);
    }

    /** Child JVMs as measured from outside, each followed by the jobs it ran as job_runs recorded them. */
    void phases(List<ChildRun.Outcome> children, List<RunRecords.JobRun> jobs, Map<String, GcLogPeak> gc) {
        long pipelineMs = 0;
        long peakRss = 0;
        GcLogPeak heap = new GcLogPeak(0, 0, 0, 0);
        for (ChildRun.Outcome c : children) {
            GcLogPeak g = gc.get(c.phase());
            report.row(phaseRow(c.phase(), c.wallMs(), c.peakRssBytes(), g));
            String runOf = c.phase().equals("run-all") ? "e2e-run" : null;
            if (c.phase().equals("import-warc") || runOf != null) {
                jobs.stream().filter(j -> runOf == null ? !j.runId().equals("e2e-run") : j.runId().equals(runOf))
                        .forEach(j -> report.row(jobRow(j)));
                pipelineMs += c.wallMs();
                peakRss = Math.max(peakRss, c.peakRssBytes());
                heap = heap.max(g);
            }
        }
        double seconds = pipelineMs / 1000.0;
        report.figure("pipeline_wall_minutes", round(seconds / 60.0));
        report.figure("seconds_per_1000_pages", round(seconds * 1000.0 / Math.max(1, pages)));
        report.figure("peak_rss_mib", round(peakRss / MIB));
        report.figure("peak_heap_used_mib", round(heap.peakUsedBytes() / MIB));
        report.figure("peak_heap_live_mib", round(heap.peakLiveBytes() / MIB));
        report.figure("heap_goal_8gib", heap.peakUsedBytes() <= HEAP_GOAL_BYTES ? "met" : "missed");
        // The 60-minute goal is for a million pages; at other sizes, linear cost per page is the fair reading.
        double projectedMillion = seconds * 1_000_000.0 / Math.max(1, pages) / 60.0;
        report.figure("projected_minutes_at_1m_pages_if_linear", round(projectedMillion));
    }

    void tables(Map<String, TableFootprint.Size> sizes, RowCounts counts) {
        for (TableFootprint.Size s : sizes.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("table", s.table());
            row.put("version", s.version());
            row.put("rows", counts.rows(s.table()));
            row.put("files", s.files());
            row.put("mib", round(s.bytes() / MIB));
            row.put("avg_file_kib", s.files() == 0 ? 0.0 : round(s.bytes() / 1024.0 / s.files()));
            tableRows.add(row);
        }
        report.parameter("table_sizes", tableRows);
    }

    void score(String table, GoldScore.Figures f) {
        report.figure(table + "_precision", round(f.precision()));
        report.figure(table + "_recall", round(f.recall()));
        report.figure(table + "_counts", f.correct() + " right of " + f.predicted() + " predicted; " + f.found() + " of "
                + f.truth() + " planted found; distractors matched " + f.distractorHits());
    }

    Path finish(Path outDir) {
        BenchReport sizes = new BenchReport("e2e table sizes", Clock.systemUTC());
        tableRows.forEach(sizes::row);
        System.out.println();
        System.out.println("table sizes (latest snapshot: rows, data files, MiB)");
        System.out.print(sizes.table());
        return report.finish(outDir);
    }

    private Map<String, Object> phaseRow(String phase, long wallMs, long rssBytes, GcLogPeak gc) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", phase);
        row.put("wall_s", round(wallMs / 1000.0));
        row.put("s_per_1k_pages", round(wallMs / Math.max(1.0, pages)));
        row.put("peak_rss_mib", round(rssBytes / MIB));
        row.put("heap_used_mib", gc == null ? null : round(gc.peakUsedBytes() / MIB));
        row.put("heap_live_mib", gc == null ? null : round(gc.peakLiveBytes() / MIB));
        row.put("gcs", gc == null ? null : gc.collections());
        return row;
    }

    private Map<String, Object> jobRow(RunRecords.JobRun job) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", "  " + job.job() + ("succeeded".equals(job.status()) ? "" : " (" + job.status() + ")"));
        row.put("wall_s", round(job.durationMs() / 1000.0));
        row.put("s_per_1k_pages", round(job.durationMs() / Math.max(1.0, pages)));
        return row;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
