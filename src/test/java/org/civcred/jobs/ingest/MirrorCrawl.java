package org.civcred.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;

/**
 * One real crawl of the offline mirror per test JVM (about five seconds), shared read-only by the
 * job tests: they pass its WARC directory as an extra input and keep their tables in their own
 * temporary data directories.
 */
public final class MirrorCrawl {

    private MirrorCrawl() {
    }

    private static final class Holder {
        static final Path DATA = crawl();
    }

    /** The crawl's data directory; its WARC files are under {@code raw/mirror/}. */
    public static Path dataDir() {
        return Holder.DATA;
    }

    /** The directory holding the crawl's WARC files. */
    public static String warcDir() {
        return dataDir().resolve("raw").resolve("mirror").toString();
    }

    private static Path crawl() {
        try {
            Path data = Files.createTempDirectory("civcred-mirror-crawl");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(data)));
            try (MirrorServer mirror = MirrorServer.start(MirrorSnapshot.standard(), "127.0.0.1", 0)) {
                Crawler.run(new CrawlOptions(data.toString(), "mirror", List.of(), ProfileCrawlRules.loadDefault(),
                        Settings.defaults(), "127.0.0.1:" + mirror.port(), null, Duration.ofMillis(2), true, null,
                        null, Clock.systemUTC(), null));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
