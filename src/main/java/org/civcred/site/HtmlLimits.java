package org.civcred.site;

import java.io.Serializable;
import java.time.Duration;
import org.civcred.config.Settings;

/**
 * How much markup the extract step accepts from one page before it gives up on it: the body size,
 * the nesting depth, the time spent parsing and the length of one attribute value. A page over any
 * of them is quarantined with the limit's reason ({@link LimitedHtmlParser}); without the limits
 * one hostile or broken page could exhaust an executor's memory, stack or time.
 *
 * @param maxHtmlBytes     body bytes (setting {@code extract.max-html-bytes})
 * @param maxDepth         element nesting depth (setting {@code extract.max-nesting-depth})
 * @param maxParseTime     time to parse one page (setting {@code extract.max-parse-time})
 * @param maxAttributeChars characters in one attribute value (setting {@code extract.max-attribute-chars})
 */
public record HtmlLimits(long maxHtmlBytes, int maxDepth, Duration maxParseTime, int maxAttributeChars)
        implements Serializable {

    /** The built-in defaults, equal to those of {@code civcred-defaults.properties}. */
    public static final HtmlLimits DEFAULTS = new HtmlLimits(16L << 20, 512, Duration.ofSeconds(20), 256 * 1024);

    public HtmlLimits {
        if (maxHtmlBytes <= 0 || maxDepth <= 0 || maxParseTime.isNegative() || maxParseTime.isZero()
                || maxAttributeChars <= 0) {
            throw new IllegalArgumentException("HTML limits must be positive: " + maxHtmlBytes + ", " + maxDepth
                    + ", " + maxParseTime + ", " + maxAttributeChars);
        }
    }

    public static HtmlLimits from(Settings settings) {
        return new HtmlLimits(settings.bytes("extract.max-html-bytes"), settings.integer("extract.max-nesting-depth"),
                settings.duration("extract.max-parse-time"), settings.integer("extract.max-attribute-chars"));
    }
}
