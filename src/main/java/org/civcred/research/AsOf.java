package org.civcred.research;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civcred.config.Errors;

/**
 * Which past state of the tables a researcher asks for, as typed on the command line.
 *
 * <p>{@code point} is one of: a run id from job_runs (the tables as that run left them), a
 * timestamp (each table at its latest version committed at or before it), or a bare version
 * {@code N} / {@code vN} (only where one table is read). {@code exact} pins named tables to exact
 * versions and wins over {@code point}. Both empty means the latest version of every table.
 *
 * @param point the {@code --as-of} value, or null
 * @param exact table → version from {@code --as-of-version}
 */
public record AsOf(String point, Map<String, Long> exact) {

    private static final Pattern BARE_VERSION = Pattern.compile("[vV]?(\\d{1,18})");

    public AsOf {
        point = point == null || point.isBlank() ? null : point.strip();
        exact = Map.copyOf(exact);
    }

    public static AsOf latest() {
        return new AsOf(null, Map.of());
    }

    /** Parses {@code --as-of} and {@code --as-of-version TABLE=N,...} (either may be null). */
    public static AsOf parse(String point, String exactList) {
        Map<String, Long> exact = new LinkedHashMap<>();
        if (exactList != null && !exactList.isBlank()) {
            for (String pair : exactList.split(",")) {
                String[] parts = pair.split("=", 2);
                Matcher m = parts.length == 2 ? BARE_VERSION.matcher(parts[1].strip()) : null;
                if (m == null || !m.matches() || parts[0].isBlank()) {
                    throw Errors.usage("--as-of-version '" + pair.strip() + "' is not TABLE=VERSION",
                            "Write it like --as-of-version overlap_persons=4,documents=2");
                }
                exact.put(parts[0].strip(), Long.parseLong(m.group(1)));
            }
        }
        return new AsOf(point, exact);
    }

    public boolean isLatest() {
        return point == null && exact.isEmpty();
    }

    /** The version when {@code point} is a bare version number ({@code 12} or {@code v12}). */
    java.util.OptionalLong bareVersion() {
        if (point == null) {
            return java.util.OptionalLong.empty();
        }
        Matcher m = BARE_VERSION.matcher(point);
        return m.matches() ? java.util.OptionalLong.of(Long.parseLong(m.group(1))) : java.util.OptionalLong.empty();
    }
}
