package org.civcred.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.civcred.model.FetchOutcome;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.FetchRecord;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.PriorCapture;
import org.civcred.storage.RecoveredCrawl;

/**
 * Raw storage kept in memory across crawl runs, with the same observable rules as the WARC
 * store: recovery reads terminal outcomes, attempt counts and robots.txt responses back from the
 * records of the same crawl id; the capture index spans all crawls and becomes visible to the
 * next run once the run closes.
 */
final class MemoryArchive implements ArchiveFactory {

    final List<FetchRecord> records = new CopyOnWriteArrayList<>();
    private final Map<String, PriorCapture> index = new ConcurrentHashMap<>();
    private final Map<String, HttpResponseData> payloads = new ConcurrentHashMap<>();
    private final AtomicLong offsets = new AtomicLong();

    @Override
    public CrawlArchive open(String dataDir, String crawlDir, String crawlId, CrawlConfig config,
                             org.apache.hadoop.conf.Configuration conf) {
        return new Session(crawlId, recover(crawlId));
    }

    List<FetchRecord> records(String crawlId) {
        return records.stream().filter(r -> r.crawlId().equals(crawlId)).toList();
    }

    /** Records of pages (robots.txt excluded) for one key. */
    List<FetchRecord> pageRecords(String key) {
        return records.stream().filter(r -> r.request().key().equals(key))
                .filter(r -> !"robots".equals(r.extra().get("purpose"))).toList();
    }

    List<FetchRecord> withOutcome(FetchOutcome outcome) {
        return records.stream().filter(r -> r.outcome() == outcome).toList();
    }

    private RecoveredCrawl recover(String crawlId) {
        Map<String, FetchOutcome> terminal = new HashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, HttpResponseData> robots = new HashMap<>();
        long groups = 0;
        for (FetchRecord r : records(crawlId)) {
            groups++;
            String key = r.request().key();
            attempts.merge(key, r.attempt(), Math::max);
            if (r.outcome().isTerminal()) {
                terminal.put(key, r.outcome());
            }
            if ("robots".equals(r.extra().get("purpose")) && r.response() != null) {
                robots.put(Urls.hostKey(r.request().url()), r.response());
            }
        }
        return new RecoveredCrawl(terminal, attempts, robots, groups, List.of());
    }

    private final class Session implements CrawlArchive {
        private final String crawlId;
        private final RecoveredCrawl recovered;
        private final AtomicLong bytes = new AtomicLong();
        private final List<PriorCapture> pending = new ArrayList<>();

        Session(String crawlId, RecoveredCrawl recovered) {
            this.crawlId = crawlId;
            this.recovered = recovered;
        }

        @Override
        public RecoveredCrawl recovered() {
            return recovered;
        }

        @Override
        public CaptureRef write(FetchRecord record) {
            records.add(record);
            long offset = offsets.getAndIncrement();
            String digest = null;
            if (record.response() != null) {
                bytes.addAndGet(record.response().body().length);
                payloads.put(file() + "@" + offset, record.response());
                digest = record.revisit() != null ? record.revisit().payloadDigest()
                        : ConditionalGet.digest(record.response().body());
            }
            return new CaptureRef(file(), offset, 1, URI.create("urn:uuid:" + UUID.randomUUID()), digest);
        }

        @Override
        public Optional<PriorCapture> latest(String requestKey) {
            return Optional.ofNullable(index.get(requestKey));
        }

        @Override
        public synchronized void remember(PriorCapture capture) {
            pending.add(capture);
        }

        @Override
        public HttpResponseData readPayload(PriorCapture capture) {
            return payloads.get(capture.warcFile() + "@" + capture.offset());
        }

        @Override
        public List<String> files() {
            return List.of(file());
        }

        @Override
        public long bytesWritten() {
            return bytes.get();
        }

        @Override
        public synchronized void close() {
            pending.forEach(p -> index.put(p.requestKey(), p));
            pending.clear();
        }

        private String file() {
            return "memory://" + crawlId;
        }
    }
}
