package org.civcred.jobs.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams one WARC file ({@code .warc.gz} or {@code .warc}, any Hadoop file system) as
 * {@link IngestItem}s, holding at most one record group in memory.
 *
 * <p>A response or revisit waits until the next response or revisit (or the end of the file) so
 * that the metadata record pointing at it with {@code WARC-Concurrent-To} can be joined: civcred
 * writes request, response, metadata; other crawlers write their metadata right after the response
 * as well. The member length of a record is known once the next record starts.
 *
 * <p>Damage never stops the job. A record that fails its checks is quarantined and skipped. When
 * the file itself breaks (a member cut short, garbage, a wrong Content-Length), the break is
 * quarantined and reading resumes at the next intact gzip member, or in an uncompressed file at the
 * next line starting a WARC record. Records already read are kept.
 */
final class WarcFileReader implements Iterator<IngestItem>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);
    static final String STAGE = "ingest";

    /** A capture waiting for its metadata record and its member length. */
    private static final class Pending {
        final CaptureParser.Parsed parsed;
        final long offset;
        Long length;
        CivcredFields metadata;

        Pending(CaptureParser.Parsed parsed, long offset) {
            this.parsed = parsed;
            this.offset = offset;
        }
    }

    private final String file;
    private final CaptureParser parser;
    private final CaptureAssembler assembler;
    private final Deque<IngestItem> ready = new ArrayDeque<>();
    private final List<Pending> pending = new ArrayList<>();
    private FSDataInputStream in;
    private WarcReader reader;
    private MemberProbe probe;
    private long fileLength;
    /** File offset of the reader's position 0 (non-zero after resuming past damage). */
    private long base;
    private boolean finished;
    private long records;
    private long lastOffset = -1;
    private Pending awaitingLength;
    /** The record being handled, for naming it when reading it fails. */
    private String currentId;
    private String currentUrl;
    private long currentOffset = -1;

    WarcFileReader(String file, Configuration conf, long maxPayloadBytes, CaptureAssembler.SiteLookup sites) {
        this(file, conf, maxPayloadBytes, false, sites);
    }

    WarcFileReader(String file, Configuration conf, long maxPayloadBytes, boolean allowInternalTargets,
                   CaptureAssembler.SiteLookup sites) {
        this.file = file;
        this.parser = new CaptureParser(maxPayloadBytes, new TargetChecks(allowInternalTargets, sites));
        this.assembler = new CaptureAssembler(file, sites);
        open(conf);
    }

    private void open(Configuration conf) {
        try {
            Path path = new Path(file);
            FileSystem fs = path.getFileSystem(conf);
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem();
            }
            fileLength = fs.getFileStatus(path).getLen();
            in = fs.open(path);
            probe = new MemberProbe(in, fileLength);
            startReaderAt(0);
        } catch (IOException | RuntimeException e) {
            ready.add(IngestItem.of(new QuarantineEntry(STAGE, null, null, file, "file-unreadable", e.toString())));
            finish();
        }
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public IngestItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads one record; whatever it completes (earlier captures, a problem, the summary) becomes ready. */
    private void step() {
        try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                closeLength(fileLength);
                finish();
                return;
            }
            WarcRecord record = next.get();
            long offset = base + record.position();
            closeLength(offset);
            records++;
            lastOffset = offset;
            currentOffset = offset;
            handle(record, offset);
            currentOffset = -1;
        } catch (IOException | RuntimeException e) {
            damaged(e);
        }
    }

    /**
     * warcinfo gives the file's crawl id; a metadata record completes the pending capture it points
     * at; a response or revisit first releases the captures before it (their groups are over), then
     * waits itself. Other record types (request, resource, conversion) hold nothing for the table.
     */
    private void handle(WarcRecord record, long offset) throws IOException {
        if (record instanceof Warcinfo info) {
            assembler.warcinfo(info.fields());
        } else if (record instanceof WarcMetadata metadata) {
            CivcredFields fields = assembler.metadata(metadata.fields());
            for (java.net.URI target : metadata.concurrentTo()) {
                pending.stream().filter(p -> p.parsed.captureId().equals(target.toString())).findFirst()
                        .ifPresent(p -> p.metadata = fields);
            }
        } else if (record instanceof WarcResponse || record instanceof WarcRevisit) {
            flushPending();
            WarcCaptureRecord capture = (WarcCaptureRecord) record;
            currentId = capture.id().toString();
            currentUrl = capture.target();
            currentOffset = offset;
            try {
                Pending p = new Pending(parser.parse(capture), offset);
                pending.add(p);
                awaitingLength = p;
            } catch (RecordProblem problem) {
                ready.add(IngestItem.of(new QuarantineEntry(STAGE, currentId, currentUrl, file + "@" + offset,
                        problem.reason(), problem.getMessage())));
            }
            currentId = null;
            currentUrl = null;
        }
    }

    /** Quarantines the break, then resumes at the next intact gzip member, if any. */
    private void damaged(Exception e) {
        long boundary = currentOffset >= 0 ? currentOffset : memberAfterLastRecord();
        long at = boundary >= 0 ? boundary : lastOffset + 1;
        boolean truncated = e instanceof EOFException || String.valueOf(e.getMessage()).contains("EOF");
        String reason = records == 0 ? "not-a-warc" : truncated ? "record-truncated" : "record-unreadable";
        ready.add(IngestItem.of(new QuarantineEntry(STAGE, currentId, currentUrl, file + "@" + at, reason,
                "at byte " + at + " of " + fileLength + ", " + advice(reason) + ": " + e)));
        LOG.debug("Damage in {} at byte {}: {}", file, at, e.toString());
        if (boundary >= 0 && currentOffset < 0) {
            closeLength(boundary);
        }
        awaitingLength = null;
        currentId = null;
        currentUrl = null;
        currentOffset = -1;
        try {
            long resume = reader.compression() == WarcCompression.GZIP ? probe.nextMember(at + 1)
                    : probe.nextPlainRecord(at + 1);
            if (resume < 0) {
                finish();
            } else {
                startReaderAt(resume);
            }
        } catch (IOException | RuntimeException again) {
            finish();
        }
    }

    /** What the user can do about each kind of damage (records around it are kept either way). */
    private static String advice(String reason) {
        return switch (reason) {
            case "not-a-warc" -> "the file is not a WARC file (wrong name or format); remove it from the input";
            case "record-truncated" -> "the file was cut short (an interrupted copy or crawl); the records before the cut"
                    + " are ingested, copy the file again to recover the rest";
            default -> "the file is damaged here; the records around the damage are ingested, re-export the file"
                    + " to recover this one";
        };
    }

    /** Where the member after the last good record starts (the one that failed), or -1 if unknown. */
    private long memberAfterLastRecord() {
        if (lastOffset < 0) {
            return 0;
        }
        try {
            return probe.memberEnd(lastOffset);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A fresh reader from {@code offset}; jwarc positions are then relative to it. */
    private void startReaderAt(long offset) throws IOException {
        in.seek(offset);
        base = offset;
        reader = new WarcReader(Channels.newChannel(in));
        // Archives from other tools often bend the header grammar (spaces in URIs, bare dates);
        // lenient parsing keeps such records instead of treating them as damage.
        reader.setLenient(true);
    }

    private void closeLength(long end) {
        if (awaitingLength != null) {
            awaitingLength.length = end - awaitingLength.offset;
            awaitingLength = null;
        }
    }

    private void flushPending() {
        for (Pending p : pending) {
            ready.add(IngestItem.of(assembler.capture(p.parsed, p.metadata, p.offset, p.length)));
        }
        pending.clear();
    }

    private void finish() {
        flushPending();
        ready.add(IngestItem.summary(file, records));
        finished = true;
        close();
    }

    @Override
    public void close() {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing {} failed: {}", file, e.toString());
        }
        in = null;
    }
}
