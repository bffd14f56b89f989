package org.civcred.crawl;

/**
 * The polite crawler's entry point. It harvests the sites the rules describe into WARC files
 * under {@code <dataDir>/raw/<crawlId>/}, one request at a time per host, honouring robots.txt,
 * backing off after errors and anti-bot challenges, and journaling its frontier under
 * {@code <dataDir>/state/crawls/<crawlId>/} so that running again with the same crawl id
 * resumes an interrupted crawl without fetching anything twice.
 *
 * <p>Problems with single pages are recorded in the archive and the crawl goes on; only
 * problems with the whole run (bad options, an unwritable archive) throw, as
 * {@link org.civcred.config.CivcredException}.
 */
public final class Crawler {

    private Crawler() {
    }

    /** Runs the crawl to the end (or its page budget) and reports what it did. Blocks. */
    public static CrawlResult run(CrawlOptions options) {
        return run(options, (dataDir, crawlDir, crawlId, config, conf) ->
                WarcArchive.open(dataDir, crawlDir, crawlId, config, conf, options.clock()));
    }

    /** As {@link #run(CrawlOptions)}, with the archive supplied (tests keep it in memory). */
    static CrawlResult run(CrawlOptions options, ArchiveFactory archives) {
        return new CrawlSession(options, archives).run();
    }
}
