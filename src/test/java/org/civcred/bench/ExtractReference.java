package org.civcred.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The physical reference for extraction: one thread, outside Spark, reading the WARC files with
 * jwarc ({@link WarcPages}) and parsing each payload with {@code Jsoup.parse} (jsoup's own charset
 * detection, nothing else). Run twice: reading only, then reading and parsing, so the parse cost
 * is the difference.
 */
final class ExtractReference {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractReference.class);

    /** Pages and seconds of one pass; {@code perFile} is how many pages each file gave. */
    record Pass(long pages, double seconds, Map<Path, Long> perFile) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    private ExtractReference() {
    }

    static Pass readOnly(List<Path> files, long limit) {
        return pass(files, limit, false);
    }

    static Pass readAndParse(List<Path> files, long limit) {
        return pass(files, limit, true);
    }

    private static Pass pass(List<Path> files, long limit, boolean parse) {
        long start = System.nanoTime();
        long[] nodes = {0};
        Map<Path, Long> perFile = new LinkedHashMap<>();
        long total = 0;
        for (Path file : files) {
            if (total >= limit) {
                break;
            }
            long n = WarcPages.read(file, limit - total, page -> {
                if (parse) {
                    try {
                        nodes[0] += Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url()).childNodeSize();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            perFile.put(file, n);
            total += n;
            LOG.info("reference ({}): {} pages, {} files of {}", parse ? "read + parse" : "read", total, perFile.size(),
                    files.size());
        }
        return new Pass(total, (System.nanoTime() - start) / 1e9, perFile);
    }
}
