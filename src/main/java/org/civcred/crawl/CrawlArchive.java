package org.civcred.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.civcred.storage.CaptureRef;
import org.civcred.storage.CaptureSink;
import org.civcred.storage.FetchRecord;
import org.civcred.storage.HttpResponseData;
import org.civcred.storage.PriorCapture;
import org.civcred.storage.RecoveredCrawl;

/**
 * Everything the crawl reads from and writes to raw storage, behind one seam: the WARC files of
 * this crawl (written, and read back to resume), and the capture index of earlier crawls (for
 * conditional GET on re-crawl). The production implementation is WARC-backed; tests of crawl
 * logic may keep everything in memory.
 */
interface CrawlArchive extends CaptureSink, Closeable {

    /** What earlier runs of this crawl finished; read once when the archive is opened. */
    RecoveredCrawl recovered();

    /** The latest successful capture of a request in any crawl of this data directory. */
    Optional<PriorCapture> latest(String requestKey);

    /** Remembers a new successful capture for later re-crawls (buffered; durable at close). */
    void remember(PriorCapture capture) throws IOException;

    /** The archived response a prior capture points to (to take links from after a 304). */
    HttpResponseData readPayload(PriorCapture capture) throws IOException;

    /** WARC files this run wrote. */
    List<String> files();

    /** Bytes this run added. */
    long bytesWritten();

    /** Writes one record group; thread-safe. */
    @Override
    CaptureRef write(FetchRecord record) throws IOException;
}
