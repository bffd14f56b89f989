package org.civcred.research;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * One WARC record read back with jwarc from the offset the captures table gives.
 *
 * @param id       WARC-Record-ID
 * @param type     WARC-Type
 * @param date     WARC-Date
 * @param target   WARC-Target-URI, or null
 * @param refersTo for a revisit, WARC-Refers-To (may be null)
 * @param profile  for a revisit, WARC-Profile
 * @param block    the record block: the HTTP message as archived
 */
public record ArchivedRecord(String id, String type, Instant date, String target, String refersTo, String profile,
                             byte[] block) {

    /** Reads the record whose gzip member starts at {@code offset} of {@code warcFile}. */
    public static ArchivedRecord read(String warcFile, long offset, Configuration conf) throws IOException {
        Path path = new Path(warcFile);
        try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
            in.seek(offset);
            WarcReader reader = new WarcReader(Channels.newChannel(in));
            WarcRecord record = reader.next()
                    .orElseThrow(() -> new IOException("no WARC record at offset " + offset + " of " + warcFile));
            String target = record instanceof WarcTargetRecord t ? t.target() : null;
            String refersTo = null;
            String profile = null;
            if (record instanceof WarcRevisit revisit) {
                refersTo = revisit.refersTo().map(URI::toString).orElse(null);
                profile = revisit.profile().toString();
            }
            byte[] block = record.body().stream().readAllBytes();
            return new ArchivedRecord(record.id().toString(), record.type(), record.date(), target, refersTo, profile,
                    block);
        }
    }
}
