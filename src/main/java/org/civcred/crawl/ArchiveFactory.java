package org.civcred.crawl;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;

/** Opens the {@link CrawlArchive} of one crawl run; the WARC-backed one in production. */
@FunctionalInterface
interface ArchiveFactory {

    /**
     * @param dataDir  the data root (holds the capture index of all crawls)
     * @param crawlDir {@code <dataDir>/raw/<crawlId>}: this crawl's WARC files
     * @param crawlId  the crawl
     * @param config   crawl settings (user agent, WARC file size, operator)
     * @param conf     file-system configuration
     */
    CrawlArchive open(String dataDir, String crawlDir, String crawlId, CrawlConfig config, Configuration conf)
            throws IOException;
}
