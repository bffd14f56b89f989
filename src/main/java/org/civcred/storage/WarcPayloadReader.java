package org.civcred.storage;

import java.io.IOException;
import java.nio.channels.Channels;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads one archived HTTP response back, given where {@link WarcStore} put it. A re-crawl that
 * gets {@code 304 Not Modified} uses this to extract links from the page it archived earlier.
 */
public final class WarcPayloadReader {

    private WarcPayloadReader() {
    }

    /**
     * Reads the {@code response} record whose gzip member starts at {@code offset}.
     *
     * @param warcFile a path or Hadoop URI, as in {@link CaptureRef#warcFile()} or {@link PriorCapture#warcFile()}
     * @param offset   the member's offset, as in {@link CaptureRef#offset()}
     * @param conf     Hadoop configuration, or null for the defaults
     * @return status, headers in archived order (see {@link HttpResponseData}) and the stored body
     * @throws IOException when the file cannot be read or no response record starts at that offset
     */
    public static HttpResponseData read(String warcFile, long offset, Configuration conf) throws IOException {
        Path path = new Path(warcFile);
        FileSystem fs = HadoopFiles.fileSystem(path, conf);
        try (FSDataInputStream in = fs.open(path)) {
            in.seek(offset);
            WarcReader reader = new WarcReader(Channels.newChannel(in));
            WarcRecord record = reader.next()
                    .orElseThrow(() -> new IOException("No WARC record at offset " + offset + " of " + warcFile));
            if (!record.type().equals("response")) {
                throw new IOException("The record at offset " + offset + " of " + warcFile + " is a "
                        + record.type() + " record, not a response");
            }
            byte[] block = record.body().stream().readAllBytes();
            try {
                return HttpBlocks.parseResponse(block, record.truncated() != WarcTruncationReason.NOT_TRUNCATED);
            } catch (IllegalArgumentException e) {
                throw new IOException("The response at offset " + offset + " of " + warcFile
                        + " does not hold an HTTP message: " + e.getMessage(), e);
            }
        }
    }
}
