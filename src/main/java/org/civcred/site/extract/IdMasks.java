package org.civcred.site.extract;

import java.util.regex.Pattern;

/**
 * Guards identity numbers. Sources publish them masked ({@code 1301**********3518}); should a page
 * ever carry a whole number, only a masked form (first four and last four characters) is kept.
 */
public final class IdMasks {

    private static final Pattern WHOLE_ID = Pattern.compile("\\d{14,17}[0-9Xx]");

    private IdMasks() {
    }

    public static String mask(String value) {
        String v = Texts.clean(value);
        if (v.indexOf('*') >= 0 || !WHOLE_ID.matcher(v).find()) {
            return v;
        }
        return WHOLE_ID.matcher(v).replaceAll(m -> {
            String id = m.group();
            return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
        });
    }
}
