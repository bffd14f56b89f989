package org.civcred.site.extract;

/** Whitespace trimming shared by every extractor: raw values stay raw apart from this. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims ASCII and Unicode white space, including the no-break space and the ideographic space
     * (U+3000) that Chinese pages use to indent paragraphs. Null becomes the empty string.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\ufeff';
    }
}
