package org.civcred.cli;

import org.civcred.config.CivcredException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints user-facing errors on one line and returns their exit code. Anything else is a bug: its
 * stack trace is printed only when CIVCRED_DEBUG is set, so the terminal stays readable.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof CivcredException ce) {
            cli.getErr().println("civcred: " + ce.getMessage());
            return ce.exitCode();
        }
        cli.getErr().println("civcred: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (System.getenv("CIVCRED_DEBUG") == null ? " (set CIVCRED_DEBUG=1 for the stack trace)" : ""));
        if (System.getenv("CIVCRED_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        return 1;
    }
}
