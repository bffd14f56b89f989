package org.civcred.quality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a failing expectation does: {@code hard} stops the run, {@code warn} is recorded and logged. */
public enum Severity {
    HARD, WARN;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Severity fromYaml(String name) {
        for (Severity s : values()) {
            if (s.yamlName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity must be hard or warn, not '" + name + "'");
    }
}
