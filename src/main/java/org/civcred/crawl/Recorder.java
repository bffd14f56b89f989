package org.civcred.crawl;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.FetchRecord;
import org.civcred.storage.Revisit;

/**
 * Turns what happened to a request into a {@link FetchRecord}, archives it and counts it.
 * Every record carries the site and family the rules give for its URL, its depth and attempt,
 * and the extra fields {@code purpose} (page or robots) and, when something was sent,
 * {@code fetch-ms}.
 */
final class Recorder {

    static final String PURPOSE = "purpose";
    static final String PAGE = "page";
    static final String ROBOTS = "robots";

    private final String crawlId;
    private final CrawlRules rules;
    private final CrawlArchive archive;
    private final CrawlStats stats;
    private final Clock clock;

    Recorder(String crawlId, CrawlRules rules, CrawlArchive archive, CrawlStats stats, Clock clock) {
        this.crawlId = crawlId;
        this.rules = rules;
        this.archive = archive;
        this.stats = stats;
        this.clock = clock;
    }

    /** A request that got no response (refused, disallowed, network failure, retry scheduled). */
    CaptureRef lone(FrontierEntry e, int attempt, FetchOutcome outcome, String detail, Map<String, String> extra)
            throws IOException {
        return write(new FetchRecord(crawlId, e.request(), List.of(), clock.instant(), null, null, outcome, detail,
                attempt, e.depth(), siteOf(e), familyOf(e), withPurpose(extra, PAGE)), e);
    }

    /** A request that failed before a response, with the headers it was sent with and its timing. */
    CaptureRef failed(FrontierEntry e, int attempt, Fetcher.Result r, FetchOutcome outcome, String detail,
                      String purpose, Map<String, String> extra) throws IOException {
        return write(new FetchRecord(crawlId, e.request(), r.sentHeaders(), r.fetchTime(), null, null, outcome, detail,
                attempt, e.depth(), siteOf(e), familyOf(e), timed(r, extra, purpose)), e);
    }

    /** A request and its response (or a revisit of an earlier capture). */
    CaptureRef response(FrontierEntry e, int attempt, Fetcher.Result r, FetchOutcome outcome, String detail,
                        Revisit revisit, String purpose, Map<String, String> extra) throws IOException {
        return write(new FetchRecord(crawlId, e.request(), r.sentHeaders(), r.fetchTime(), r.response(), revisit,
                outcome, detail, attempt, e.depth(), siteOf(e), familyOf(e), timed(r, extra, purpose)), e);
    }

    private CaptureRef write(FetchRecord record, FrontierEntry e) throws IOException {
        CaptureRef ref = archive.write(record);
        stats.recorded(e.hostKey(), record.outcome());
        return ref;
    }

    private String siteOf(FrontierEntry e) {
        return rules.siteOf(e.url()).orElse("generic");
    }

    private String familyOf(FrontierEntry e) {
        return rules.familyOf(e.url()).orElse("");
    }

    private static Map<String, String> timed(Fetcher.Result r, Map<String, String> extra, String purpose) {
        Map<String, String> all = withPurpose(extra, purpose);
        all.put("fetch-ms", String.valueOf(r.elapsed().toMillis()));
        return all;
    }

    private static Map<String, String> withPurpose(Map<String, String> extra, String purpose) {
        Map<String, String> all = new HashMap<>(extra);
        all.put(PURPOSE, purpose);
        return all;
    }
}
