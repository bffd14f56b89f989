package org.civcred.cli;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.civcred.config.Errors;

/** Crawl ids name directories, so they are restricted to a safe alphabet. */
final class CrawlIds {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private CrawlIds() {
    }

    /** {@code <prefix>-yyyyMMdd-HHmmss} in UTC. */
    static String fresh(String prefix, Clock clock) {
        return prefix + "-" + STAMP.format(clock.instant());
    }

    static String checked(String id) {
        if (!SAFE.matcher(id).matches()) {
            throw Errors.usage("Crawl id '" + id + "' is not usable as a directory name",
                    "Use letters, digits, '.', '_' and '-' (at most 80 characters)");
        }
        return id;
    }
}
