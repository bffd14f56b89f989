package org.civcred.text;

/**
 * A personal number found in text, located by character offsets and carried only in masked form.
 *
 * <p>The full number is never stored here, so a finding can be logged, written to a report or
 * shown in a test failure without leaking it; callers that must redact use {@code start}/{@code end}.
 */
public record SensitiveNumber(Kind kind, int start, int end, String masked) {

    /** What kind of number was found. */
    public enum Kind { ID_NUMBER, MOBILE_NUMBER }
}
