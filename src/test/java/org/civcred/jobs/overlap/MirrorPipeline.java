package org.civcred.jobs.overlap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.civcred.jobs.JobContext;
import org.civcred.jobs.JobResult;
import org.civcred.jobs.dedupe.DedupeJob;
import org.civcred.jobs.overlap.articles.OverlapArticlesJob;
import org.civcred.jobs.overlap.cities.OverlapCitiesJob;
import org.civcred.jobs.overlap.mentions.CrossMentionsJob;
import org.civcred.jobs.overlap.terms.OverlapTermsJob;

/**
 * The document-side jobs run once per test JVM over the mirror's documents, in one temporary data
 * directory that tests read and never change: dedupe, overlap-articles, cross-mentions, overlap-terms
 * and overlap-cities (over {@link MirrorListEntries}, as overlap_persons is not built here).
 */
public final class MirrorPipeline {

    private final JobContext context;
    private final List<JobResult> results;

    private MirrorPipeline(JobContext context, List<JobResult> results) {
        this.context = context;
        this.results = List.copyOf(results);
    }

    private static final class Holder {
        static final MirrorPipeline INSTANCE = start();
    }

    public static MirrorPipeline get() {
        return Holder.INSTANCE;
    }

    public JobContext context() {
        return context;
    }

    public List<JobResult> results() {
        return results;
    }

    public Dataset<Row> table(String name) {
        return context.tables().read(name);
    }

    private static MirrorPipeline start() {
        try {
            Path dir = Files.createTempDirectory("civcred-mirror-pipeline");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            JobContext context = JobFixtures.context(dir, "mirror-run");
            context.tables().append("documents", MirrorDocuments.frame(context.spark()), "fixture");
            context.tables().append("list_entries", MirrorListEntries.frame(context.spark()), "fixture");
            List<JobResult> results = Stream.of(new DedupeJob(), new OverlapArticlesJob(), new CrossMentionsJob(),
                    new OverlapTermsJob(), new OverlapCitiesJob()).map(job -> job.run(context)).toList();
            return new MirrorPipeline(context, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
