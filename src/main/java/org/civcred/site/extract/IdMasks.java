package org.civcred.site.extract;

import java.util.regex.Pattern;
import org.civcred.text.IdNumbers;

/**
 * Guards identity numbers in an extractor's {@code id_masked} field. Sources publish them masked
 * ({@code 1301**********3518}) and such values are kept as published; a whole number, or any run of
 * 15–18 digits in that field, is masked with the one format of {@link IdNumbers#mask} (first four and
 * last four characters). The field is known to hold an identity number, so a run with a wrong check
 * character is masked too; other fields go through {@link IdNumbers#redact}, which masks only what
 * validates as a number.
 */
public final class IdMasks {

    private static final Pattern WHOLE_ID = Pattern.compile("(?<![0-9*])\\d{14,17}[0-9Xx](?![0-9*])");

    private IdMasks() {
    }

    public static String mask(String value) {
        String v = Texts.clean(value);
        if (v.indexOf('*') >= 0 || !WHOLE_ID.matcher(v).find()) {
            return IdNumbers.redact(v);
        }
        return IdNumbers.redact(WHOLE_ID.matcher(v).replaceAll(m -> IdNumbers.mask(m.group())));
    }
}
