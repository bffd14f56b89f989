package org.civcred.jobs.dedupe;

import java.io.Serializable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.civcred.config.Errors;
import org.civcred.config.Settings;

/**
 * The {@code dedupe.*} settings, validated once.
 *
 * <p>Why 32 bands × 4 rows with a Jaccard threshold of 0.6: edited republications (prefixes,
 * editor's notes, a dropped or added paragraph, traditional characters) keep a character-5-gram
 * Jaccard of 0.69–1.0 with their original, while different stories written from the same sentence
 * templates stay at or below about 0.45. The threshold sits in that gap. The S-curve
 * {@code 1 − (1 − J^4)^32} then gives a candidate probability of 0.988 at J = 0.6, 0.9998 at 0.7,
 * 0.87 at 0.5, 0.23 at 0.3 and 0.05 at 0.2: almost every true pair reaches the exact check, and
 * few unrelated ones do. Five rows would need about 55 bands (275 values per signature) for the
 * same recall at 0.6; three rows would send far more unrelated pairs to the exact check.
 *
 * @param minChars          documents with less body text are left out
 * @param skipPageTypes     regex of page types that are never deduplicated
 * @param shingleSize       characters per shingle
 * @param bands             LSH bands
 * @param rows              MinHash values per band
 * @param jaccardThreshold  exact Jaccard a candidate needs to be a near duplicate
 * @param bucketCap         neighbours per document inside one LSH bucket
 * @param maxIterations     label-propagation rounds
 */
public record DedupeSettings(int minChars, String skipPageTypes, int shingleSize, int bands, int rows,
                             double jaccardThreshold, int bucketCap, int maxIterations) implements Serializable {

    public DedupeSettings {
        if (shingleSize < 1 || bands < 1 || rows < 1 || bucketCap < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("dedupe sizes must be positive");
        }
        if (jaccardThreshold <= 0 || jaccardThreshold > 1) {
            throw new IllegalArgumentException("dedupe.jaccard-threshold must lie in (0, 1]: " + jaccardThreshold);
        }
    }

    public static DedupeSettings from(Settings s) {
        String skip = s.string("dedupe.skip-page-types");
        try {
            Pattern.compile(skip);
        } catch (PatternSyntaxException e) {
            throw Errors.badSetting(s.source("dedupe.skip-page-types"), "dedupe.skip-page-types", skip, "a Java regex");
        }
        return new DedupeSettings(s.integer("dedupe.min-chars"), skip, positive(s, "dedupe.shingle-size"),
                positive(s, "dedupe.bands"), positive(s, "dedupe.rows"), threshold(s), positive(s, "dedupe.bucket-cap"),
                positive(s, "dedupe.max-iterations"));
    }

    /** MinHash functions in a signature. */
    public int signatureLength() {
        return bands * rows;
    }

    /**
     * The LSH S-curve: the probability that two documents at Jaccard {@code s} share at least one
     * band, {@code 1 − (1 − s^rows)^bands}.
     */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    private static int positive(Settings s, String key) {
        int v = s.integer(key);
        if (v < 1) {
            throw Errors.badSetting(s.source(key), key, String.valueOf(v), "a whole number of at least 1");
        }
        return v;
    }

    private static double threshold(Settings s) {
        String key = "dedupe.jaccard-threshold";
        String raw = s.string(key);
        try {
            double v = Double.parseDouble(raw);
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Errors.badSetting(s.source(key), key, raw, "a number above 0 and at most 1");
    }
}
