package org.civcred.crawl;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.civcred.storage.CaptureIndex;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.FetchRecord;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.PriorCapture;
import org.civcred.storage.RecoveredCrawl;
import org.civcred.storage.WarcPayloadReader;
import org.civcred.storage.WarcRecovery;
import org.civcred.storage.WarcStore;
import org.civcred.storage.WarcStoreOptions;

/**
 * The production archive: recovery of this crawl's WARC files (repairing a tail a crash left),
 * then a {@link WarcStore} writing fresh files next to them, and the data directory's
 * {@link CaptureIndex} for conditional GET. New captures are flushed to the index every
 * {@value #INDEX_FLUSH_EVERY} and at close; a crash loses at most those, which only means the
 * next re-crawl fetches them unconditionally.
 */
final class WarcArchive implements CrawlArchive {

    static final String ROBOTS_POLICY = "obey robots.txt (agent " + RobotsBook.AGENT + ")";
    private static final int INDEX_FLUSH_EVERY = 100;

    private final RecoveredCrawl recovered;
    private final WarcStore store;
    private final CaptureIndex index;
    private final Configuration conf;
    private final AtomicInteger unflushed = new AtomicInteger();

    private WarcArchive(RecoveredCrawl recovered, WarcStore store, CaptureIndex index, Configuration conf) {
        this.recovered = recovered;
        this.store = store;
        this.index = index;
        this.conf = conf;
    }

    static WarcArchive open(String dataDir, String crawlDir, String crawlId, CrawlConfig config, Configuration conf,
                            Clock clock) throws IOException {
        RecoveredCrawl recovered = WarcRecovery.recover(crawlDir, conf);
        CaptureIndex index = CaptureIndex.open(dataDir, conf, clock);
        WarcStore store = WarcStore.open(new WarcStoreOptions(crawlDir, crawlId, config.warcMaxFileBytes(),
                software(), config.warcOperator(), config.userAgent(), ROBOTS_POLICY, conf), clock);
        return new WarcArchive(recovered, store, index, conf);
    }

    static String software() {
        String version = WarcArchive.class.getPackage().getImplementationVersion();
        return "civcred/" + (version == null ? "dev" : version);
    }

    @Override
    public RecoveredCrawl recovered() {
        return recovered;
    }

    @Override
    public CaptureRef write(FetchRecord record) throws IOException {
        return store.write(record);
    }

    @Override
    public Optional<PriorCapture> latest(String requestKey) {
        return index.latest(requestKey);
    }

    @Override
    public void remember(PriorCapture capture) {
        index.record(capture);
        if (unflushed.incrementAndGet() >= INDEX_FLUSH_EVERY) {
            unflushed.set(0);
            index.flush();
        }
    }

    @Override
    public HttpResponseData readPayload(PriorCapture capture) throws IOException {
        return WarcPayloadReader.read(capture.warcFile(), capture.offset(), conf);
    }

    @Override
    public List<String> files() {
        return store.files();
    }

    @Override
    public long bytesWritten() {
        return store.bytesWritten();
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
