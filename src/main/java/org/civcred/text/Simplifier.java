package org.civcred.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Traditional → simplified Chinese through ICU's {@code Traditional-Simplified} transliterator.
 *
 * <p>ICU transliterator instances carry per-call state and must not be shared between threads, so
 * each thread gets its own from a {@link ThreadLocal}; Spark executors reuse their threads, which
 * keeps the one-off construction cost (a few milliseconds) out of the per-row path.
 *
 * <p>Speed: the transliterator costs about 100 µs for a sentence even when nothing changes, and most
 * text civcred reads is already simplified. So at class initialisation the characters that the
 * transliterator changes when standing alone are collected once; text containing none of them is
 * returned as it is, and only text with at least one goes through the full phrase-aware conversion.
 */
final class Simplifier {

    private static final String TRANSFORM_ID = "Traditional-Simplified";
    private static final ThreadLocal<Transliterator> PER_THREAD =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSFORM_ID));
    private static final UnicodeSet CHANGING = changingCharacters();

    private Simplifier() {
    }

    /** The simplified form of {@code text}; characters already simplified are left alone. */
    static String simplify(String text) {
        if (text == null || text.isEmpty() || !hasCjk(text)) {
            return text == null ? "" : text;
        }
        if (CHANGING.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
            return text;
        }
        return PER_THREAD.get().transliterate(text);
    }

    /** Characters the transliterator rewrites when they stand alone; the rest pass through unchanged. */
    private static UnicodeSet changingCharacters() {
        Transliterator transliterator = Transliterator.getInstance(TRANSFORM_ID);
        UnicodeSet changing = new UnicodeSet();
        for (String source : transliterator.getSourceSet()) {
            if (!transliterator.transliterate(source).equals(source)) {
                changing.add(source);
            }
        }
        return changing.freeze();
    }

    /** The full conversion without the fast path; for checking that the fast path changes nothing. */
    static String simplifyAlways(String text) {
        return text == null ? "" : PER_THREAD.get().transliterate(text);
    }

    /**
     * The simplified form, except that each character in {@code keep} stays as written.
     *
     * <p>ICU converts character by character where no phrase rule applies, and some characters are
     * both a traditional form and a legitimate simplified character in their own right: 乾 (乾隆,
     * and common in given names) would become 干, and the surname 於 would merge into 于.
     */
    static String simplifyKeeping(String text, String keep) {
        if (text == null || text.isEmpty() || !hasCjk(text)) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (keep.indexOf(text.charAt(i)) >= 0) {
                out.append(simplify(text.substring(runStart, i))).append(text.charAt(i));
                runStart = i + 1;
            }
        }
        return out.append(simplify(text.substring(runStart))).toString();
    }

    /** True when the text holds a code point from the CJK blocks (U+2E80 and above, below the surrogates). */
    static boolean hasCjk(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2E80' && c < '\uD800' || c >= '\uF900' && c < '\uFB00' || Character.isHighSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
