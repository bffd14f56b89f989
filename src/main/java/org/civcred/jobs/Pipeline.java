package org.civcred.jobs;

import java.util.List;
import java.util.Optional;
import org.civcred.jobs.dedupe.DedupeJob;
import org.civcred.jobs.extract.ExtractJob;
import org.civcred.jobs.ingest.IngestJob;
import org.civcred.jobs.overlap.articles.OverlapArticlesJob;
import org.civcred.jobs.overlap.cities.OverlapCitiesJob;
import org.civcred.jobs.overlap.mentions.CrossMentionsJob;
import org.civcred.jobs.overlap.persons.OverlapPersonsJob;
import org.civcred.jobs.overlap.terms.OverlapTermsJob;
import org.civcred.jobs.resolve.ResolveJob;

/** Every job, in the order {@code run all} runs them (the same order as {@code jobs/pipeline.yaml}). */
public final class Pipeline {

    private Pipeline() {
    }

    /** The whole pipeline with default parameters. */
    public static List<Job> all() {
        return List.of(new IngestJob(), new ExtractJob(), new DedupeJob(), new ResolveJob(), new OverlapPersonsJob(),
                new OverlapArticlesJob(), new CrossMentionsJob(), new OverlapTermsJob(), new OverlapCitiesJob());
    }

    public static Optional<Job> byName(String name) {
        return all().stream().filter(j -> j.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(Job::name).toList();
    }
}
