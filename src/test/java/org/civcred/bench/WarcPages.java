package org.civcred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civcred.config.Errors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of WARC files, read with jwarc the plain way: every response record with a 2xx
 * status and an HTML Content-Type, its payload with any Content-Encoding undone. Both sides of the
 * extraction benchmark read their pages through this class, so they read exactly the same pages
 * at the same cost.
 */
public final class WarcPages {

    /** One page: where it is, what it is, its payload. */
    public record WarcPage(String recordId, String url, Instant date, int status, String contentType, byte[] body,
                           String file, long offset) {
    }

    private WarcPages() {
    }

    /** The WARC files named, or found (recursively, {@code *.warc} and {@code *.warc.gz}) under a directory. */
    public static List<Path> files(List<Path> dirsOrFiles) {
        List<Path> out = new ArrayList<>();
        for (Path p : dirsOrFiles) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(WarcPages::isWarc).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw Errors.io("could not list WARC files under " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw Errors.usage("no such WARC file or directory: " + p, "give existing WARC files or a directory");
            }
        }
        if (out.isEmpty()) {
            throw Errors.usage("no WARC files (*.warc, *.warc.gz) in " + dirsOrFiles, "point --warc at a crawl's warc directory");
        }
        return out;
    }

    /**
     * Streams at most {@code limit} HTML pages of one file to {@code sink}; returns how many it gave.
     */
    public static long read(Path file, long limit, Consumer<WarcPage> sink) {
        try (Pages pages = new Pages(file, limit)) {
            long n = 0;
            while (pages.hasNext()) {
                sink.accept(pages.next());
                n++;
            }
            return n;
        }
    }

    /** At most {@code limit} HTML pages of one file, read lazily; closes the file when exhausted. */
    public static Iterator<WarcPage> lazily(Path file, long limit) {
        return new Pages(file, limit);
    }

    private static final class Pages implements Iterator<WarcPage>, AutoCloseable {
        private final Path file;
        private final WarcReader reader;
        private long left;
        private WarcPage next;

        Pages(Path file, long limit) {
            this.file = file;
            this.left = limit;
            try {
                this.reader = new WarcReader(file);
            } catch (IOException e) {
                throw new UncheckedIOException("could not open " + file, e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && left > 0) {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        left = 0;
                    } else if (record.get() instanceof WarcResponse response) {
                        next = page(response, file).orElse(null);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
            if (next == null) {
                close();
            }
            return next != null;
        }

        @Override
        public WarcPage next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WarcPage page = next;
            next = null;
            left--;
            return page;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not close " + file, e);
            }
        }
    }

    private static Optional<WarcPage> page(WarcResponse response, Path file) throws IOException {
        if (!response.contentType().base().toString().equals("application/http")) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        String type = http.headers().first("Content-Type").orElse("");
        if (http.status() < 200 || http.status() > 299 || !type.toLowerCase(Locale.ROOT).contains("html")) {
            return Optional.empty();
        }
        byte[] body = http.bodyDecoded().stream().readAllBytes();
        return Optional.of(new WarcPage(response.id().toString(), response.target(), response.date(), http.status(), type,
                body, file.toString(), response.position()));
    }

    private static boolean isWarc(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }
}
