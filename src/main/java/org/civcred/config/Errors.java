package org.civcred.config;

/**
 * The one factory for user-facing errors. Each message says what happened and what to do.
 * Exit codes: 2 usage/configuration, 3 input data, 4 I/O, 5 crawl aborted, 6 job failed.
 */
public final class Errors {

    private Errors() {
    }

    public static CivcredException usage(String what, String fix) {
        return new CivcredException(what + ". " + fix, 2, null);
    }

    public static CivcredException badSetting(String source, String key, String value, String expected) {
        return new CivcredException("Setting '" + key + "' in " + source + " is '" + value
                + "', expected " + expected + ". Fix it there or override with -Dcivcred." + key + "=…", 2, null);
    }

    public static CivcredException badInput(String what, String fix, Throwable cause) {
        return new CivcredException(what + ". " + fix, 3, cause);
    }

    public static CivcredException io(String what, Throwable cause) {
        String reason = cause == null ? "" : ": " + cause.getMessage();
        return new CivcredException(what + reason + ". Check the path exists and is writable.", 4, cause);
    }

    public static CivcredException crawlAborted(String what, String fix) {
        return new CivcredException(what + ". " + fix, 5, null);
    }

    public static CivcredException jobFailed(String job, String reason, Throwable cause) {
        return new CivcredException("Job " + job + " failed: " + reason
                + ". It is recorded in job_runs; fix the cause and rerun (jobs are idempotent)", 6, cause);
    }
}
