package org.civcred.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.civcred.crawl.CrawlResult;

/** The few lines a person needs after a crawl: where the files are and what to do next. */
final class CrawlSummary {

    private CrawlSummary() {
    }

    static void print(CrawlResult r, PrintStream out) {
        out.printf("crawl %s: %d requests in %.1f s, %.2f MB stored in %d WARC file(s)%n",
                r.crawlId(), r.requestsSent(), r.elapsed().toMillis() / 1000.0,
                r.bytesStored() / 1e6, r.warcFiles().size());
        Map<String, Long> outcomes = new TreeMap<>(r.outcomes());
        out.println("  outcomes:  " + outcomes);
        out.println("  WARC dir:  " + r.crawlDir());
        out.println("  stats:     " + r.statsFile());
        if (r.deferred() > 0) {
            out.printf("  deferred:  %d request(s) left for later (hosts resting or stopped: %s);"
                    + " rerun with --crawl-id %s to continue%n", r.deferred(), r.stoppedHosts(), r.crawlId());
        }
    }
}
