package org.civcred.crawl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.model.CrawlRequest;
import org.civcred.model.LinkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits newly found requests (seeds, extracted links, redirect targets) into the crawl: each key
 * once, through the {@link UrlGuard}. Accepted requests are appended to the frontier journal and
 * flushed before they are queued, and before the caller archives the page they came from, so a
 * crash can lose no discovered link. Refusals are archived once per key as lone metadata records.
 */
final class Discovery {

    /** A request found somewhere, with what the guard needs to judge it. */
    record Candidate(CrawlRequest request, LinkKind kind, int pageNumber, int depth) {
    }

    /** How many candidates went which way. */
    record Admitted(int accepted, int refused, int dropped, int duplicates) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

    private final UrlGuard guard;
    private final CrawlRules rules;
    private final Set<String> seen;
    private final FrontierJournal journal;
    private final HostScheduler scheduler;
    private final Recorder recorder;
    private final Map<String, Integer> earlierAttempts;

    /**
     * @param seen            keys already journaled, refused or finished (shared, concurrent)
     * @param earlierAttempts attempts earlier runs made per key, so budgets continue
     */
    Discovery(UrlGuard guard, CrawlRules rules, Set<String> seen, FrontierJournal journal,
              HostScheduler scheduler, Recorder recorder, Map<String, Integer> earlierAttempts) {
        this.guard = guard;
        this.rules = rules;
        this.seen = seen;
        this.journal = journal;
        this.scheduler = scheduler;
        this.recorder = recorder;
        this.earlierAttempts = earlierAttempts;
    }

    /** Judges, journals, records and queues the candidates; returns the tally. */
    Admitted admit(List<Candidate> candidates, UrlGuard.Origin origin) throws IOException {
        List<FrontierEntry> accepted = new ArrayList<>();
        List<Map.Entry<FrontierEntry, Verdict>> refused = new ArrayList<>();
        int dropped = 0;
        int duplicates = 0;
        for (Candidate c : candidates) {
            if (!seen.add(c.request().key())) {
                duplicates++;
                continue;
            }
            FrontierEntry entry = new FrontierEntry(c.depth(), rules.siteOf(c.request().url()).orElse("generic"),
                    c.kind(), c.pageNumber(), c.request());
            Verdict v = guard.check(c.request(), c.kind(), c.pageNumber(), c.depth(), origin);
            switch (v.decision()) {
                case ACCEPT -> accepted.add(entry);
                case REFUSE -> refused.add(Map.entry(entry, v));
                case DROP -> {
                    dropped++;
                    LOG.debug("Dropped {}: {}", c.request().key(), v.reason());
                }
            }
        }
        journal.append(accepted);
        for (Map.Entry<FrontierEntry, Verdict> r : refused) {
            Verdict v = r.getValue();
            LOG.debug("Refused {}: {}", r.getKey().key(), v.reason());
            recorder.lone(r.getKey(), 1, v.outcome(), v.reason(),
                    v.challengeKind() == null ? Map.of() : Map.of("challenge-kind", v.challengeKind()));
        }
        for (FrontierEntry e : accepted) {
            scheduler.add(new Pending(e, earlierAttempts.getOrDefault(e.key(), 0) + 1));
        }
        return new Admitted(accepted.size(), refused.size(), dropped, duplicates);
    }
}
