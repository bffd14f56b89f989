package org.civcred.mirror.site;

import java.util.List;
import org.civcred.model.CrawlRequest;

/** Everything one snapshot build produced: the pages and what rendering recorded about them. */
public record Generated(List<SitePage> pages, List<CrawlRequest> seeds, List<Mention> mentions,
                        List<CreditEntry> creditEntries, List<ScenarioPlanner.PlannedCluster> clusters,
                        List<ScenarioPlanner.PlannedPair> pairs) {
}
