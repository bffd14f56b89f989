package org.civcred.text;

import java.text.Normalizer;

/**
 * Unicode clean-up for Chinese web text: the one place that decides when two strings are "the same".
 *
 * <p>{@link #clean} is for body text that people will read: it folds compatibility forms (NFKC),
 * unifies spaces and line breaks, and keeps the script as written. {@link #key} is for matching:
 * on top of {@code clean} it simplifies traditional characters, lower-cases ASCII and drops every
 * space and punctuation mark, so {@code “天津好人”} and {@code "天津好人"} share a key. The asterisk
 * is the one punctuation mark a key keeps: it is how sites mask names and numbers ({@code 王**}).
 *
 * <p>Decisions, each deliberate:
 * <ul>
 *   <li>NFKC turns full-width letters and digits ({@code ２０１８}, {@code ＡＢＣ}) into ASCII, folds
 *       compatibility ideographs and Kangxi radicals (common in PDF-extracted text) into unified
 *       ideographs, and also turns circled numbers ({@code ①}) into plain digits.</li>
 *   <li>Chinese sentence punctuation keeps its full width in {@code clean}: {@code ，：；！？（）} and
 *       the ellipsis {@code …} (NFKC would turn {@code ……} into six full stops)
 *       are how Chinese text is written, and folding them to ASCII would change what a reader
 *       sees. The ideographic marks NFKC never touches ({@code 。、《》「」【】“”}) stay too. All
 *       other full-width symbols ({@code ．＃％／～} …) fold to ASCII. {@code key} drops
 *       punctuation of either width, so the choice never affects matching.</li>
 *   <li>Zero-width characters (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen and U+180E are
 *       removed rather than turned into spaces: they are invisible, so the text a reader sees has
 *       no gap there, and a space would split names such as {@code 张\u200B秀英}.</li>
 *   <li>NBSP, U+3000 and every other Unicode space become {@code ' '}; runs collapse to one space;
 *       CR, CRLF, U+2028/U+2029/U+0085 become {@code \n}; blank-line runs collapse to one blank line;
 *       other control characters are removed.</li>
 * </ul>
 *
 * <p>All methods are pure and thread-safe; {@code null} is treated as the empty string.
 */
public final class TextNormalizer {

    /** Full-width punctuation that Chinese text is written with; NFKC would fold it to ASCII. */
    private static final String KEPT_FULL_WIDTH = "，：；！？（）…";
    /** Middle dots used between the parts of transcribed names; dropped from keys with punctuation. */
    static final String NAME_DOTS = "·•・‧∙⋅\u0387\u2E31\u318D\u16EB\uFF65";

    private TextNormalizer() {
    }

    /** Body text: NFKC (keeping Chinese full-width punctuation), unified spaces, {@code \n} line breaks. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return tidySpaces(foldWidths(text), true);
    }

    /** Single-line clean-up: like {@link #clean} but every line break becomes one space. */
    public static String cleanLine(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return tidySpaces(foldWidths(text), false);
    }

    /** The matching key: simplified, lower-case ASCII, no spaces, no punctuation. */
    public static String key(String text) {
        String simplified = simplify(cleanLine(text));
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (c == ' ' || c != '*' && isPunctuation(c) || NAME_DOTS.indexOf(c) >= 0) {
                continue;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** Traditional → simplified Chinese (ICU {@code Traditional-Simplified}); other text unchanged. */
    public static String simplify(String text) {
        return Simplifier.simplify(text);
    }

    /** NFKC applied around the kept full-width punctuation, which NFKC would otherwise fold. */
    static String foldWidths(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (KEPT_FULL_WIDTH.indexOf(text.charAt(i)) >= 0) {
                out.append(nfkc(text.substring(runStart, i))).append(text.charAt(i));
                runStart = i + 1;
            }
        }
        return out.append(nfkc(text.substring(runStart))).toString();
    }

    private static String nfkc(String run) {
        return Normalizer.isNormalized(run, Normalizer.Form.NFKC) ? run : Normalizer.normalize(run, Normalizer.Form.NFKC);
    }

    /** Unifies spaces and line breaks; keeps paragraph structure only when asked to. */
    private static String tidySpaces(String text, boolean keepLines) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingBreaks = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                pendingBreaks++;
                pendingSpace = false;
            } else if (isInvisible(c)) {
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else if (Character.getType(c) == Character.CONTROL) {
                continue;
            } else {
                if (out.length() > 0) {
                    if (pendingBreaks > 0) {
                        out.append(keepLines ? (pendingBreaks > 1 ? "\n\n" : "\n") : " ");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingBreaks = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }

    static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }

    static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
