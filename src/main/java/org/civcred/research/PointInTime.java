package org.civcred.research;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Timestamps a researcher may type for {@code --as-of}. Without an offset they are UTC (the
 * session time zone of every civcred job); a bare date means the start of that day, as in Delta's
 * own {@code TIMESTAMP AS OF '2026-11-22'}.
 */
final class PointInTime {

    private PointInTime() {
    }

    static Optional<Instant> parse(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
