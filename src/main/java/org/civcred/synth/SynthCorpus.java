package org.civcred.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.civcred.config.Errors;
import org.civcred.mirror.content.Pools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a deterministic synthetic corpus: WARC files of pages "as crawled" from the mirror's ten
 * hosts, {@code ground-truth.json} in the mirror's format and {@code synth.json} with the counts.
 * The corpus is a run of blocks (one month each, from 2001-01) of identical make-up, written one at
 * a time, so memory stays flat in the number of pages.
 */
public final class SynthCorpus {

    private static final Logger LOG = LoggerFactory.getLogger(SynthCorpus.class);
    private static final YearMonth FIRST_MONTH = YearMonth.of(2001, 1);
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    /** What was written. */
    public record Summary(long pages, long blocks, int scale, int files, long bytes, double seconds, Map<String, Object> details) { }

    private SynthCorpus() {
    }

    public static Summary write(SynthOptions options, java.io.PrintStream progress) {
        check(options);
        long started = System.nanoTime();
        BlockPlan plan = BlockPlan.forPages(options.pages());
        long blocks = options.pages() < BlockPlan.ONCE + plan.pages() ? 0 : (options.pages() - BlockPlan.ONCE) / plan.pages();
        long extra = options.pages() - blocks * plan.pages() - (blocks > 0 ? BlockPlan.ONCE : 0);
        try {
            Files.createDirectories(options.out());
            try (SynthWarcWriter warc = new SynthWarcWriter(options.out(), options.filePages(), options.seed());
                 TruthWriter truth = new TruthWriter(options.out())) {
                SynthContext ctx = new SynthContext(Pools.standard(), options.seed(), warc, truth, plan.scale(), blocks);
                PeoplePlanner people = new PeoplePlanner(ctx);
                ListPages lists = new ListPages(ctx);
                KindPages kinds = new KindPages(ctx);
                long lastReport = System.nanoTime();
                for (long b = 0; b < blocks; b++) {
                    YearMonth month = FIRST_MONTH.plusMonths(b);
                    ArticleBlock articles = new ArticleBlock(ctx, month, b, plan.columns());
                    people.plan(b, month, plan, lists, articles, kinds);
                    kinds.editionIndex(b, month);
                    kinds.tongbai(b, month, plan.tongbaiReleases());
                    for (int i = 0; i < plan.clustersPerFamily(); i++) {
                        articles.cluster(2 * i, true);
                        articles.cluster(2 * i + 1, false);
                    }
                    for (int i = 0; i < plan.templatePairs(); i++) {
                        articles.templatePair();
                    }
                    for (int i = 0; i < plan.crossMentionsPerFamily(); i++) {
                        articles.crossMention(true);
                        articles.crossMention(false);
                    }
                    articles.finish(plan.columns());
                    if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
                        lastReport = System.nanoTime();
                        report(progress, warc.pages(), options.pages(), started);
                    }
                }
                new ArticleBlock(ctx, FIRST_MONTH.plusMonths(blocks), blocks, plan.columns()).extraNews(extra);
                ctx.count("article_clusters", blocks * 2L * plan.clustersPerFamily());
                ctx.count("same_template_pairs", blocks * plan.templatePairs());
                warc.close();
                truth.finish("synth-" + options.pages() + "-seed-" + options.seed());
                double seconds = (System.nanoTime() - started) / 1e9;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("pages", warc.pages());
                details.put("seed", options.seed());
                details.put("blocks", blocks);
                details.put("scale", plan.scale());
                details.put("pages_per_block", plan.pages());
                details.put("file_pages", options.filePages());
                details.putAll(ctx.tallies());
                details.put("truth_counts", truth.counts());
                details.put("files", warc.files().stream().map(p -> p.getFileName().toString()).toList());
                details.put("bytes", warc.bytes());
                new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                        .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                        .writeValue(options.out().resolve("synth.json").toFile(), details);
                report(progress, warc.pages(), options.pages(), started);
                return new Summary(warc.pages(), blocks, plan.scale(), warc.files().size(), warc.bytes(), seconds, details);
            }
        } catch (IOException e) {
            throw Errors.io("Cannot write the synthetic corpus under " + options.out(), e);
        }
    }

    private static void report(java.io.PrintStream out, long written, long target, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String line = String.format("synth: %,d of %,d pages (%.0f pages/s)", written, target, written / seconds);
        LOG.info(line);
        if (out != null) {
            out.println(line);
        }
    }

    private static void check(SynthOptions options) {
        if (options.pages() < 1) {
            throw Errors.usage("--pages must be at least 1 (got " + options.pages() + ")", "Give the number of pages, e.g. --pages 10000");
        }
        if (options.filePages() < 1) {
            throw Errors.usage("--file-pages must be at least 1 (got " + options.filePages() + ")", "Give e.g. --file-pages 20000");
        }
        Path out = options.out();
        if (Files.isRegularFile(out)) {
            throw Errors.usage("--out " + out + " is a file", "Give a new or empty directory");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw Errors.usage("--out " + out + " is not empty", "Give a new or empty directory, or delete " + out);
                }
            } catch (IOException e) {
                throw Errors.io("Cannot list " + out, e);
            }
        }
    }
}
