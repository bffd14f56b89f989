package org.civcred.model;

import java.util.Locale;
import java.util.Optional;

/** The two platform families civcred harvests and joins. */
public enum Family {
    /** Social Credit sites: Credit China, local credit portals, county red-and-black lists. */
    CREDIT,
    /** Civilization sites: China Civilization Net and the local civilization nets. */
    CIVILIZATION;

    /** The lower-case name used in profiles, WARC metadata and tables. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code credit} or {@code civilization} (any case); empty for anything else. */
    public static Optional<Family> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Family f : values()) {
            if (f.id().equalsIgnoreCase(text.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
