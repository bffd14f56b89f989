package org.civcred.site;

/**
 * A page over one of the {@link HtmlLimits}. The reason is the quarantine code
 * ({@code html-too-large}, {@code markup-too-deep}, {@code parse-timeout}, {@code attribute-too-long});
 * the message names the limit and the setting that raises it.
 */
public final class HtmlLimitExceeded extends RuntimeException {

    private final String reason;

    public HtmlLimitExceeded(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
