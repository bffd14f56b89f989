package org.civcred.storage;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.civcred.config.Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl's archive: WARC 1.1 files, gzip per record, on any Hadoop file system.
 *
 * <p>Files are named {@code CIVCRED-<crawlId>-<yyyyMMddHHmmssSSS>-<seq>.warc.gz} (UTC creation
 * time, 5-digit sequence that keeps growing across sessions), start with a {@code warcinfo}
 * record, and are never appended to by a later session. A file is closed once it passes
 * {@link WarcStoreOptions#maxFileBytes()}; the next group starts a new one, so a group never spans
 * two files.
 *
 * <p>Durability: each group is encoded in memory, written with one call and flushed
 * ({@code hflush}) before {@link #write} returns, so a crash leaves at most one partial group at
 * the tail of one file, which {@link WarcRecovery} cuts off. After a failed write the file is
 * abandoned and the next group goes to a fresh file, so a damaged tail never hides later groups.
 * All methods are synchronized: fetcher threads share one store.
 */
public final class WarcStore implements CaptureSink {

    private static final Logger LOG = LoggerFactory.getLogger(WarcStore.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final WarcStoreOptions options;
    private final Clock clock;
    private final FileSystem fs;
    private final Path dir;
    private final List<String> files = new ArrayList<>();
    private int nextSequence;
    private FSDataOutputStream out;
    private String currentFile;
    private long currentFileBytes;
    private long bytesWritten;
    private long groups;
    private boolean closed;

    private WarcStore(WarcStoreOptions options, Clock clock, FileSystem fs, Path dir, int nextSequence) {
        this.options = options;
        this.clock = clock;
        this.fs = fs;
        this.dir = dir;
        this.nextSequence = nextSequence;
    }

    /** Opens a store writing to a fresh file in {@code options.crawlDir()}, creating the directory. */
    public static WarcStore open(WarcStoreOptions options) throws IOException {
        return open(options, Clock.systemUTC());
    }

    /** As {@link #open(WarcStoreOptions)}, with the clock used for file names and warcinfo dates. */
    public static WarcStore open(WarcStoreOptions options, Clock clock) throws IOException {
        Path dir = new Path(options.crawlDir());
        FileSystem fs = HadoopFiles.fileSystem(dir, options.hadoopConf());
        dir = fs.makeQualified(dir);
        try {
            fs.mkdirs(dir);
        } catch (IOException e) {
            throw Errors.io("Cannot create the WARC directory " + dir, e);
        }
        WarcStore store = new WarcStore(options, clock, fs, dir, nextSequence(fs, dir, options.crawlId()));
        store.startFile();
        return store;
    }

    /**
     * Archives one attempt as a record group and returns where its response (or revisit, or lone
     * metadata) record landed. The group is on the file system, flushed, when this returns.
     *
     * @throws IOException when the file system refuses the write; the group is then lost, the
     *                     current file abandoned, and the next call starts a fresh file
     */
    @Override
    public synchronized CaptureRef write(FetchRecord record) throws IOException {
        if (closed) {
            throw new IOException("The WARC store for crawl " + options.crawlId() + " is closed");
        }
        RecordGroupEncoder.EncodedGroup group = RecordGroupEncoder.encode(record, options.crawlId());
        if (out == null) {
            startFile();
        }
        long base = currentFileBytes;
        String file = currentFile;
        try {
            out.write(group.bytes());
            out.hflush();
        } catch (IOException e) {
            abandonCurrentFile(e);
            throw e;
        }
        currentFileBytes += group.bytes().length;
        bytesWritten += group.bytes().length;
        groups++;
        LOG.debug("Archived {} ({}) in {} at {}", record.request().key(), record.outcome().id(), file,
                base + group.mainOffset());
        if (currentFileBytes >= options.maxFileBytes()) {
            closeCurrentFile();
        }
        return new CaptureRef(file, base + group.mainOffset(), group.mainLength(), group.mainId(),
                group.payloadDigest());
    }

    /** Every file this session created, in creation order, as fully qualified paths. */
    public synchronized List<String> files() {
        return List.copyOf(files);
    }

    /** Compressed bytes written by this session, warcinfo records included. */
    public synchronized long bytesWritten() {
        return bytesWritten;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        closeCurrentFile();
        LOG.info("WARC store for crawl {} closed: {} groups, {} files, {} bytes", options.crawlId(), groups,
                files.size(), bytesWritten);
    }

    /** Creates the next file without overwriting anything (another session may share the directory). */
    private void startFile() throws IOException {
        String name;
        Path path;
        FSDataOutputStream stream = null;
        do {
            name = "CIVCRED-" + options.crawlId() + "-" + FILE_TIME.format(clock.instant()) + "-"
                    + String.format("%05d", nextSequence++) + HadoopFiles.WARC_SUFFIX;
            path = new Path(dir, name);
            if (!fs.exists(path)) {
                stream = fs.create(path, false);
            }
        } while (stream == null);
        byte[] info = RecordGroupEncoder.warcinfo(name, clock.instant(), options);
        try {
            stream.write(info);
            stream.hflush();
        } catch (IOException e) {
            stream.close();
            throw Errors.io("Cannot write to the new WARC file " + path, e);
        }
        out = stream;
        currentFile = path.toString();
        currentFileBytes = info.length;
        bytesWritten += info.length;
        files.add(currentFile);
        LOG.debug("Started WARC file {}", currentFile);
    }

    private void closeCurrentFile() throws IOException {
        if (out != null) {
            FSDataOutputStream closing = out;
            out = null;
            closing.close();
        }
    }

    private void abandonCurrentFile(IOException cause) {
        LOG.warn("Write to {} failed ({}); later groups go to a new file", currentFile, cause.toString());
        try {
            closeCurrentFile();
        } catch (IOException e) {
            LOG.debug("Closing the abandoned file {} failed too: {}", currentFile, e.toString());
        }
    }

    /** One past the highest sequence number among this crawl's existing files. */
    private static int nextSequence(FileSystem fs, Path dir, String crawlId) throws IOException {
        Pattern pattern = Pattern.compile("CIVCRED-" + Pattern.quote(crawlId) + "-\\d{17}-(\\d{5,})\\.warc\\.gz");
        int next = 0;
        for (Path file : HadoopFiles.warcFiles(fs, dir)) {
            Matcher m = pattern.matcher(file.getName());
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return next;
    }
}
