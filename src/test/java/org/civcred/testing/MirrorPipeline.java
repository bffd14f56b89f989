package org.civcred.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.civcred.config.Settings;
import org.civcred.crawl.CrawlOptions;
import org.civcred.crawl.Crawler;
import org.civcred.crawl.ProfileCrawlRules;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobRunner;
import org.civcred.jobs.Pipeline;
import org.civcred.mirror.GroundTruth;
import org.civcred.mirror.MirrorServer;
import org.civcred.mirror.MirrorSnapshot;

/**
 * The offline mirror crawled and run through every job, once per test JVM: the pipeline takes
 * minutes, and most tests only read its tables. A test that writes (a second run, a failing
 * expectation) works on its own {@link #copyTo copy}, never on the shared directory.
 */
public final class MirrorPipeline {

    /** Run id of the shared pipeline run. */
    public static final String RUN_ID = "fixture-1";

    private static MirrorPipeline instance;

    private final Path data;
    private final GroundTruth truth;

    private MirrorPipeline(Path data, GroundTruth truth) {
        this.data = data;
        this.truth = truth;
    }

    /** The shared run, made on first use. */
    public static synchronized MirrorPipeline get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("civcred-mirror-pipeline");
                MirrorSnapshot snapshot = MirrorSnapshot.standard();
                crawl(snapshot, dir, "fixture");
                runPipeline(dir, RUN_ID);
                instance = new MirrorPipeline(dir, snapshot.groundTruth());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Crawls every site of {@code snapshot} through a mirror on loopback into {@code data}. */
    public static void crawl(MirrorSnapshot snapshot, Path data, String crawlId) {
        try (MirrorServer mirror = MirrorServer.start(snapshot, "127.0.0.1", 0)) {
            Crawler.run(new CrawlOptions(data.toString(), crawlId, List.of(), ProfileCrawlRules.loadDefault(),
                    Settings.defaults(), "127.0.0.1:" + mirror.port(), null, Duration.ofMillis(2), true, null, null,
                    Clock.systemUTC(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every job over {@code data} under {@code runId}, on the shared session. */
    public static void runPipeline(Path data, String runId) {
        new JobRunner(JobContext.of(SharedSpark.get(), data.toString(), Settings.defaults(), runId, Clock.systemUTC()))
                .run(Pipeline.all());
    }

    /** The data directory (raw WARC files and tables); read it, do not write it. */
    public Path data() {
        return data;
    }

    public GroundTruth truth() {
        return truth;
    }

    /** Copies the whole data directory into {@code target} (which may exist and be empty) for a test that writes. */
    public Path copyTo(Path target) {
        try (var paths = Files.walk(data)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    // Times kept: ingest knows a WARC file it has read by its length and modification time.
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; the JVM is exiting.
        }
    }
}
