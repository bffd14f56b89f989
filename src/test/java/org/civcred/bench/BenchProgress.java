package org.civcred.bench;

/**
 * Progress lines of a bench command, on standard output: the bench's class path logs warnings only,
 * and a baseline can run for minutes without a line of its own.
 */
final class BenchProgress {

    private BenchProgress() {
    }

    static void print(String bench, String format, Object... args) {
        System.out.printf("%tT %s bench: %s%n", System.currentTimeMillis(), bench, String.format(format, args));
    }
}
