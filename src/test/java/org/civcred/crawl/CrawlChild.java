package org.civcred.crawl;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.model.CrawlRequest;

/**
 * A crawl in a JVM of its own, so that a test can kill it with SIGKILL part-way through.
 * Arguments: dataDir, crawlId, proxy (host:port of the tiny site), delay in milliseconds.
 */
public final class CrawlChild {

    private CrawlChild() {
    }

    public static void main(String[] args) {
        String proxy = args[2];
        TestRules rules = new TestRules(List.of(CrawlRequest.get("http://" + proxy + "/")), Set.of("127.0.0.1"), Map.of());
        Crawler.run(new CrawlOptions(args[0], args[1], List.of(), rules, CrawlFixtures.settings("crawl.threads", "2"),
                proxy, null, Duration.ofMillis(Long.parseLong(args[3])), true, null, null, Clock.systemUTC(), null));
    }
}
