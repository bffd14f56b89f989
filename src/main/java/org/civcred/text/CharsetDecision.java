package org.civcred.text;

import java.nio.charset.Charset;

/**
 * The charset chosen for a body and where the choice came from.
 *
 * @param charset  the charset to decode with (GB2312/GBK are widened to GB18030)
 * @param source   {@code bom}, {@code header}, {@code meta}, {@code detected} or {@code default}
 * @param declared the raw declared name that was used or rejected, or empty
 */
public record CharsetDecision(Charset charset, String source, String declared) {
}
