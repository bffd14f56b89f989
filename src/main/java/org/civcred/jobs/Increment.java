package org.civcred.jobs;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What one job run reads: every input table up to the version pinned when the run started
 * ({@code to}), and, for an incremental run, only the changes after the version its last successful
 * run read ({@code from}). A table missing from {@code from} (new since that run, or a full run) is
 * read whole.
 *
 * @param full whether the job rebuilds its outputs from all of its inputs
 * @param from per input table, the version the last successful run read up to
 * @param to   per input table, the version this run reads up to
 */
public record Increment(boolean full, Map<String, Long> from, Map<String, Long> to) {

    public Increment {
        from = Map.copyOf(from);
        to = Map.copyOf(to);
    }

    /** A run that reads everything up to {@code to}. */
    public static Increment full(Map<String, Long> to) {
        return new Increment(true, Map.of(), to);
    }

    /** A run that reads the changes between the last successful run's versions and {@code to}. */
    public static Increment since(Map<String, Long> from, Map<String, Long> to) {
        return new Increment(false, from, to);
    }

    /** The version after which changes of {@code table} are read; empty when the whole table is read. */
    public OptionalLong readFrom(String table) {
        Long v = full ? null : from.get(table);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The version {@code table} is read at; empty when it did not exist when the run started. */
    public OptionalLong readTo(String table) {
        Long v = to.get(table);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}
