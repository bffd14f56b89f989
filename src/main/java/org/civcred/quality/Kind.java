package org.civcred.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an expectation measures. Three kinds count offending rows (at most {@code max}, by default
 * none); the others measure a share, a count or a ratio against a {@code min} and/or {@code max}.
 */
public enum Kind {
    /** Rows with a null in any of {@code columns}. */
    NOT_NULL,
    /** Rows beyond the first of each group sharing {@code columns}. */
    UNIQUE,
    /** Share of rows for which the SQL {@code predicate} holds. */
    SHARE,
    /** Number of rows. */
    ROW_COUNT,
    /** Rows of this table (those matching {@code predicate}, if given) per row of the {@code denominator} table. */
    RATIO,
    /** Rows returned by the {@code sql} query, which names the offending rows. */
    SQL;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the kinds whose observed value is a number of offending rows. */
    public boolean countsOffenders() {
        return this == NOT_NULL || this == UNIQUE || this == SQL;
    }

    @JsonCreator
    static Kind fromYaml(String name) {
        for (Kind k : values()) {
            if (k.yamlName().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind must be one of "
                + Arrays.stream(values()).map(Kind::yamlName).collect(Collectors.joining(", ")) + ", not '" + name + "'");
    }
}
