package org.civcred.config;

/**
 * An error meant for the person at the terminal: what happened, why, and what to do.
 * The CLI prints {@link #getMessage()} on one line and exits with {@link #exitCode()}.
 * Build them through {@link Errors} so messages keep one shape.
 */
public final class CivcredException extends RuntimeException {

    private final int exitCode;

    CivcredException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
