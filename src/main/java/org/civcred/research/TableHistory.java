package org.civcred.research;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The commits of one Delta table still in its log, oldest first: what time travel can reach.
 *
 * @param table   table name
 * @param commits every commit the log still holds, in version order (never empty)
 */
public record TableHistory(String table, List<Commit> commits) {

    /**
     * One commit.
     *
     * @param version   Delta version
     * @param timestamp commit time
     * @param runId     the civcred run id from the commit's userMetadata, or null
     */
    public record Commit(long version, Instant timestamp, String runId) {
    }

    public TableHistory {
        commits = List.copyOf(commits);
        if (commits.isEmpty()) {
            throw new IllegalArgumentException("a table history has at least one commit: " + table);
        }
    }

    public long earliest() {
        return commits.get(0).version();
    }

    public long latest() {
        return commits.get(commits.size() - 1).version();
    }

    public boolean has(long version) {
        return commits.stream().anyMatch(c -> c.version() == version);
    }

    /** The latest version committed at or before {@code time}; empty when the table is younger. */
    public OptionalLong atOrBefore(Instant time) {
        OptionalLong found = OptionalLong.empty();
        for (Commit c : commits) {
            if (!c.timestamp().isAfter(time)) {
                found = OptionalLong.of(c.version());
            }
        }
        return found;
    }

    /** The last commit made under {@code runId}, if the run wrote this table. */
    public Optional<Commit> lastCommitOf(String runId) {
        Commit found = null;
        for (Commit c : commits) {
            if (runId.equals(c.runId())) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    public Instant firstCommitTime() {
        return commits.get(0).timestamp();
    }

    /** "versions 0–7 (2026-11-22T20:01:02Z … 2026-11-22T20:09:40Z)", for error messages. */
    public String range() {
        return "versions " + earliest() + "–" + latest() + " (" + firstCommitTime() + " … "
                + commits.get(commits.size() - 1).timestamp() + ")";
    }
}
