package org.civcred.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the crash harness found.
 *
 * @param planned      kill points planned
 * @param kills        SIGKILLs that landed, in order
 * @param diffs        each compared table against the uninterrupted run
 * @param audits       Delta checks of every table of the killed run
 * @param reads        reads the concurrent reader made while the jobs wrote
 * @param partialReads reads whose result was not what their version holds
 * @param failedReads  reads that failed outright
 * @param readProblems a few of the partial or failed reads, described
 * @param warc         the killed crawl's WARC files against the uninterrupted crawl's
 */
record CrashResult(int planned, List<Kill> kills, List<TableDiff> diffs, List<TableAudit> audits, long reads,
                   long partialReads, long failedReads, List<String> readProblems, WarcCheck warc, double seconds) {

    long rowsLost() {
        return diffs.stream().mapToLong(TableDiff::lost).sum();
    }

    long duplicates() {
        return diffs.stream().mapToLong(TableDiff::duplicates).sum();
    }

    long unexpectedRows() {
        return diffs.stream().mapToLong(TableDiff::unexpected).sum();
    }

    long deltaProblems() {
        return audits.stream().mapToLong(a -> a.problems().size()).sum();
    }

    /** Kills per step that was hit (crawl or job name). */
    Map<String, Long> killsPerStep() {
        Map<String, Long> m = new TreeMap<>();
        kills.forEach(k -> m.merge(k.hit(), 1L, Long::sum));
        return m;
    }

    /** Every failed check: lost, duplicated or unexpected rows, torn or failed reads, Delta and WARC problems. */
    long checksFailed() {
        return rowsLost() + duplicates() + unexpectedRows() + partialReads + failedReads + deltaProblems()
                + warc.problems();
    }
}
