package org.civcred.storage;

import java.util.List;
import java.util.Map;
import org.civcred.model.FetchOutcome;

/**
 * What an interrupted crawl had finished, read back from its WARC files (the source of truth).
 *
 * @param terminal      request key → final outcome, for every request with a terminal metadata record
 * @param attempts      request key → attempts already made (terminal or not), to keep retry budgets
 * @param robots        host → the latest archived robots.txt response (status + body), to avoid refetching
 * @param groups        complete record groups found
 * @param repairedFiles WARC files whose damaged tail was cut off (rewritten to their valid prefix)
 */
public record RecoveredCrawl(Map<String, FetchOutcome> terminal, Map<String, Integer> attempts,
                             Map<String, HttpResponseData> robots, long groups, List<String> repairedFiles) {

    public static RecoveredCrawl empty() {
        return new RecoveredCrawl(Map.of(), Map.of(), Map.of(), 0, List.of());
    }
}
