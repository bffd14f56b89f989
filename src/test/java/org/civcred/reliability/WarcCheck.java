package org.civcred.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civcred.storage.WarcRecovery;
import org.civcred.testing.WarcContents;

/**
 * The killed crawl's WARC files against the uninterrupted crawl's: every file reads cleanly with
 * jwarc and every payload matches its digest, crawl recovery (what a resumed crawl trusts) finds
 * the same finished requests, and each request has exactly one final record.
 *
 * @param pages       requests with a final record in the uninterrupted crawl
 * @param missing     of those, requests the killed crawl has no final record for
 * @param twice       requests the killed crawl finished more than once
 * @param unexpected  requests finished only by the killed crawl
 * @param digestMismatches payloads that do not match their WARC-Payload-Digest
 * @param files       WARC files the killed crawl wrote (one per run)
 */
record WarcCheck(long pages, long missing, long twice, long unexpected, long digestMismatches, long files) {

    static WarcCheck of(Path reference, Path killed) throws IOException {
        Path refDir = reference.resolve("raw").resolve(CrawlUnderKills.CRAWL_ID);
        Path killedDir = killed.resolve("raw").resolve(CrawlUnderKills.CRAWL_ID);
        Map<String, List<WarcContents.Outcome>> expected = WarcContents.read(refDir).terminalByKey();
        WarcContents contents = WarcContents.read(killedDir);
        Map<String, List<WarcContents.Outcome>> actual = contents.terminalByKey();
        Set<String> recovered = WarcRecovery.recover(killedDir.toString(), null).terminal().keySet();
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        missing.addAll(expected.keySet().stream().filter(k -> !recovered.contains(k)).toList());
        long twice = actual.values().stream().filter(l -> l.size() > 1).count();
        long unexpected = actual.keySet().stream().filter(k -> !expected.containsKey(k)).count();
        return new WarcCheck(expected.size(), missing.size(), twice, unexpected, contents.digestMismatches.size(),
                contents.files);
    }

    long problems() {
        return missing + twice + unexpected + digestMismatches;
    }
}
