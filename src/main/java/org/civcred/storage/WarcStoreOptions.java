package org.civcred.storage;

import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;

/**
 * How a {@link WarcStore} names, sizes and labels its files.
 *
 * @param crawlDir     directory for this crawl's WARC files: a plain path or any Hadoop URI
 *                     ({@code file:///…}, {@code hdfs://…}, {@code s3a://…}); created if missing
 * @param crawlId      the crawl's id; part of every file name and of the warcinfo record
 * @param maxFileBytes a file is closed once it grows past this many bytes (setting {@code warc.max-file-bytes})
 * @param software     software name and version for the warcinfo record
 * @param operator     who runs the crawl (setting {@code warc.operator})
 * @param userAgent    the User-Agent the crawler sends (setting {@code crawl.user-agent})
 * @param robotsPolicy how robots.txt is treated, e.g. {@code obey}
 * @param hadoopConf   Hadoop configuration, or null for the defaults
 */
public record WarcStoreOptions(String crawlDir, String crawlId, long maxFileBytes, String software,
                               String operator, String userAgent, String robotsPolicy,
                               Configuration hadoopConf) {

    public WarcStoreOptions {
        if (crawlDir == null || crawlDir.isBlank()) {
            throw Errors.usage("No directory was given for the WARC files", "Pass the crawl's raw data directory");
        }
        if (crawlId == null || crawlId.isBlank() || !crawlId.matches("[A-Za-z0-9._-]+")) {
            throw Errors.usage("The crawl id '" + crawlId + "' cannot be part of a WARC file name",
                    "Use letters, digits, '.', '_' and '-' only");
        }
        if (maxFileBytes <= 0) {
            throw Errors.usage("The WARC file size limit must be positive, not " + maxFileBytes,
                    "Set warc.max-file-bytes to a size such as 1GiB");
        }
        software = software == null ? "" : software;
        operator = operator == null ? "" : operator;
        userAgent = userAgent == null ? "" : userAgent;
        robotsPolicy = robotsPolicy == null ? "" : robotsPolicy;
    }
}
