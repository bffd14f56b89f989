package org.civcred.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one crawl run did.
 *
 * @param crawlId      the crawl
 * @param crawlDir     {@code <dataDir>/raw/<crawlId>}, holding the WARC files and the statistics
 * @param warcFiles    WARC files written by this run
 * @param outcomes     {@link org.civcred.model.FetchOutcome#id()} → records written this run
 * @param requestsSent HTTP requests actually sent (robots.txt and retries included)
 * @param bytesStored  bytes this run added to the archive
 * @param elapsed      wall time of the run
 * @param deferred     requests left in the frontier (stopped hosts, page budget reached)
 * @param stoppedHosts hosts that received nothing more this run, after challenges or an unreadable robots.txt
 * @param statsFile    the statistics JSON written at the end
 */
public record CrawlResult(String crawlId, String crawlDir, List<String> warcFiles,
                          Map<String, Long> outcomes, long requestsSent, long bytesStored,
                          Duration elapsed, long deferred, List<String> stoppedHosts, String statsFile) {

    public CrawlResult {
        warcFiles = List.copyOf(warcFiles);
        outcomes = Map.copyOf(outcomes);
        stoppedHosts = List.copyOf(stoppedHosts);
    }
}
