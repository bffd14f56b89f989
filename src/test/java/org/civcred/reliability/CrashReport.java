package org.civcred.reliability;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The crash harness's figures: a table for the terminal and the {@code crash.json} file. */
final class CrashReport {

    private CrashReport() {
    }

    static Map<String, Object> figures(CrashResult r, String command, Instant started) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", "crash");
        m.put("command", command);
        m.put("started", started.toString());
        m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        m.put("kills_planned", r.planned());
        m.put("kills", r.kills().size());
        m.put("kills_per_job", r.killsPerStep());
        m.put("rows_lost", r.rowsLost());
        m.put("duplicates", r.duplicates());
        m.put("unexpected_rows", r.unexpectedRows());
        m.put("tables_compared", r.diffs().size());
        m.put("table_versions_checked", r.audits().stream().mapToLong(TableAudit::versions).sum());
        m.put("cdf_files_checked", r.audits().stream().mapToLong(TableAudit::cdcFiles).sum());
        m.put("abandoned_commit_files", r.audits().stream().mapToLong(TableAudit::abandonedCommits).sum());
        m.put("unreferenced_data_files", r.audits().stream().mapToLong(TableAudit::unreferencedFiles).sum());
        m.put("delta_problems", r.deltaProblems());
        m.put("reads_checked", r.reads());
        m.put("partial_reads", r.partialReads());
        m.put("failed_reads", r.failedReads());
        m.put("warc_pages", r.warc().pages());
        m.put("warc_pages_missing", r.warc().missing());
        m.put("warc_pages_captured_twice", r.warc().twice());
        m.put("warc_digest_mismatches", r.warc().digestMismatches());
        m.put("warc_files", r.warc().files());
        m.put("checks_failed", r.checksFailed());
        List<Map<String, String>> kills = new ArrayList<>();
        r.kills().forEach(k -> kills.add(Map.of("aimed_at", k.aimedAt(), "hit", k.hit(), "phase", k.phase())));
        m.put("kill_list", kills);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (TableDiff d : r.diffs()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("table", d.table());
            t.put("reference_rows", d.referenceRows());
            t.put("rows", d.rows());
            t.put("lost", d.lost());
            t.put("duplicates", d.duplicates());
            t.put("unexpected", d.unexpected());
            t.put("examples", d.examples());
            tables.add(t);
        }
        m.put("tables", tables);
        List<String> problems = new ArrayList<>(r.readProblems());
        r.audits().forEach(a -> a.problems().forEach(p -> problems.add(a.table() + ": " + p)));
        m.put("problems", problems);
        return m;
    }

    static void print(CrashResult r, PrintStream out) {
        out.println("| # | aimed at | hit | phase |");
        out.println("|---|---|---|---|");
        for (int i = 0; i < r.kills().size(); i++) {
            Kill k = r.kills().get(i);
            out.printf("| %d | %s | %s | %s |%n", i + 1, k.aimedAt(), k.hit(), k.phase());
        }
        out.println();
        out.println("| table | reference rows | rows | lost | duplicates | unexpected | versions checked |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (TableDiff d : r.diffs()) {
            long versions = r.audits().stream().filter(a -> a.table().equals(d.table()))
                    .mapToLong(TableAudit::versions).sum();
            out.printf("| %s | %d | %d | %d | %d | %d | %d |%n", d.table(), d.referenceRows(), d.rows(), d.lost(),
                    d.duplicates(), d.unexpected(), versions);
        }
        out.println();
        out.printf("kills %d of %d planned %s; rows lost %d, duplicates %d, unexpected %d; reads checked %d, "
                        + "partial %d, failed %d; Delta problems %d; WARC pages %d (missing %d, twice %d, bad digests %d, "
                        + "files %d); checks failed %d; %.0f s%n",
                r.kills().size(), r.planned(), r.killsPerStep(), r.rowsLost(), r.duplicates(), r.unexpectedRows(),
                r.reads(), r.partialReads(), r.failedReads(), r.deltaProblems(), r.warc().pages(), r.warc().missing(),
                r.warc().twice(), r.warc().digestMismatches(), r.warc().files(), r.checksFailed(), r.seconds());
        r.diffs().stream().filter(d -> !d.same()).forEach(d -> d.examples().forEach(e -> out.println(d.table() + " " + e)));
        r.readProblems().forEach(p -> out.println("read: " + p));
        r.audits().forEach(a -> a.problems().forEach(p -> out.println("delta " + a.table() + ": " + p)));
    }
}
