package org.civcred.jobs.entries;

import java.time.YearMonth;
import java.util.Optional;
import org.civcred.text.IdNumbers;

/**
 * Identity numbers on list entries: only ever kept masked, and joined on a keyed hash of the masked form.
 * A whole number that slips through an extractor (or sits in a deed's text) is masked here.
 */
public final class EntryIds {

    private EntryIds() {
    }

    /**
     * The masked form of a published number: a masked personal number as published (normalised), a whole
     * one masked, an organisation's code kept when the site already masked it, anything else hidden
     * entirely. Null for no number.
     */
    public static String masked(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = IdNumbers.normalize(raw);
        if (IdNumbers.isFull18(id) || IdNumbers.looksMasked(id)) {
            return IdNumbers.mask(id);
        }
        if (id.contains("*") && !id.matches(".*\\d{15,}.*")) {
            return id;
        }
        return IdNumbers.mask(id);
    }

    /** HMAC of the masked form, or null without a number or a key. */
    public static String hash(String masked, byte[] key) {
        return masked == null || key == null || key.length == 0 ? null : IdNumbers.keyedHash(masked, key);
    }

    /** Birth year-month from the visible digits of a masked number, when they show it. */
    public static Optional<String> birthYearMonth(String masked) {
        return masked == null ? Optional.empty() : IdNumbers.birthYearMonth(masked).map(YearMonth::toString);
    }

    /** The text with every whole identity number and mobile number replaced by its masked form. */
    public static String redact(String text) {
        return IdNumbers.redact(text);
    }
}
