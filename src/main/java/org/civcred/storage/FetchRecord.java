package org.civcred.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civcred.model.CrawlRequest;
import org.civcred.model.FetchOutcome;
import org.civcred.model.Header;

/**
 * Everything the crawler knows about one attempt at one request; {@link WarcStore} turns it into
 * a group of WARC records: {@code request} + ({@code response} | {@code revisit}) + {@code metadata}
 * when a response arrived, or a lone {@code metadata} record when none did (robots-disallowed,
 * blocked, network error, retry scheduled).
 *
 * <p>The {@code metadata} record is written last and is the group's commit marker: crash recovery
 * keeps a group only if its metadata record is complete.
 *
 * @param crawlId        the crawl this attempt belongs to
 * @param request        what was requested
 * @param requestHeaders headers as sent (including Host, User-Agent, Cookie names only)
 * @param fetchTime      when the request was sent
 * @param response       the response, or null when none arrived or none was requested
 * @param revisit        set instead of archiving the payload again when the page is unchanged
 * @param outcome        what happened
 * @param detail         one line of explanation (challenge kind, exception message, rule hit)
 * @param attempt        1-based attempt number for this request
 * @param depth          link depth from the seeds
 * @param siteId         profile id, or {@code generic}
 * @param family         {@code credit}, {@code civilization} or empty when unknown
 * @param extra          further metadata fields (e.g. {@code ip}, {@code fetch-ms}, {@code via})
 */
public record FetchRecord(String crawlId, CrawlRequest request, List<Header> requestHeaders,
                          Instant fetchTime, HttpResponseData response, Revisit revisit,
                          FetchOutcome outcome, String detail, int attempt, int depth,
                          String siteId, String family, Map<String, String> extra) {

    public FetchRecord {
        requestHeaders = List.copyOf(requestHeaders);
        extra = Map.copyOf(extra);
        detail = detail == null ? "" : detail;
        family = family == null ? "" : family;
    }
}
