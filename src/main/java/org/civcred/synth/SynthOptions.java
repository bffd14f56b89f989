package org.civcred.synth;

import java.nio.file.Path;

/**
 * What to generate: {@code pages} content pages under {@code out}, drawn from {@code seed}, at most
 * {@code filePages} pages per WARC file.
 */
public record SynthOptions(long pages, Path out, long seed, int filePages) {

    public static final int DEFAULT_FILE_PAGES = 20_000;
}
