package org.civcred.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what an interrupted crawl had finished back from its WARC files and repairs their tails.
 *
 * <p>The WARC files are the crawl's source of truth: a request is done when a metadata record
 * saying so is complete on disk. Files are scanned in name order (creation order). A file whose
 * tail is damaged, by a kill during a write or by anything appended later, is rewritten to its
 * intact prefix: the prefix is copied to {@code <name>.repair}, the original deleted and the copy
 * renamed into its place. That needs neither truncate nor atomic overwrite, so it works on every
 * Hadoop file system; if the process dies between delete and rename, the next recovery finishes
 * the rename. A file with no intact record at all is deleted. Recovering a healthy directory
 * changes nothing, so running it twice is harmless.
 */
public final class WarcRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(WarcRecovery.class);
    static final String REPAIR_SUFFIX = ".repair";

    private WarcRecovery() {
    }

    /**
     * Scans (and if needed repairs) every {@code *.warc.gz} file directly inside {@code crawlDir}.
     *
     * @param crawlDir a plain path or Hadoop URI; a missing or empty directory yields {@link RecoveredCrawl#empty()}
     * @param conf     Hadoop configuration, or null for the defaults
     */
    public static RecoveredCrawl recover(String crawlDir, Configuration conf) throws IOException {
        Path dir = new Path(crawlDir);
        FileSystem fs = HadoopFiles.fileSystem(dir, conf);
        if (!fs.exists(dir)) {
            return RecoveredCrawl.empty();
        }
        finishInterruptedRepairs(fs, dir);
        List<Path> files = HadoopFiles.warcFiles(fs, dir);
        if (files.isEmpty()) {
            return RecoveredCrawl.empty();
        }
        RecoveryTally tally = new RecoveryTally();
        List<String> repaired = new ArrayList<>();
        for (Path file : files) {
            WarcFileScan.Result scan;
            try (InputStream in = fs.open(file)) {
                scan = WarcFileScan.scan(in, tally);
            }
            if (scan.damage() != null) {
                long length = fs.getFileStatus(file).getLen();
                LOG.warn("WARC file {} is damaged ({}); keeping its first {} of {} bytes", file, scan.damage(),
                        scan.validEnd(), length);
                repair(fs, file, scan.validEnd());
                repaired.add(fs.makeQualified(file).toString());
            }
        }
        RecoveredCrawl result = tally.result(repaired);
        LOG.info("Recovered crawl directory {}: {} files, {} groups, {} finished requests, {} robots.txt, {} repaired",
                dir, files.size(), result.groups(), result.terminal().size(), result.robots().size(), repaired.size());
        return result;
    }

    private static void repair(FileSystem fs, Path file, long validEnd) throws IOException {
        if (validEnd == 0) {
            fs.delete(file, false);
            LOG.warn("Deleted {}: not even its warcinfo record was intact", file);
            return;
        }
        Path copy = new Path(file.getParent(), file.getName() + REPAIR_SUFFIX);
        try (FSDataInputStream in = fs.open(file); OutputStream out = fs.create(copy, true)) {
            copy(in, out, validEnd);
        }
        if (fs.getFileStatus(copy).getLen() != validEnd) {
            throw new IOException("Repair copy " + copy + " is incomplete; " + file + " was left untouched");
        }
        if (!fs.delete(file, false) || !fs.rename(copy, file)) {
            throw new IOException("Could not replace " + file + " by its repaired copy " + copy);
        }
    }

    /** A repair copy whose original is gone was complete (the original is deleted only after it). */
    private static void finishInterruptedRepairs(FileSystem fs, Path dir) throws IOException {
        FileStatus[] leftovers = fs.listStatus(dir, p -> p.getName().endsWith(HadoopFiles.WARC_SUFFIX + REPAIR_SUFFIX));
        for (FileStatus leftover : leftovers) {
            Path copy = leftover.getPath();
            String name = copy.getName();
            Path original = new Path(dir, name.substring(0, name.length() - REPAIR_SUFFIX.length()));
            if (fs.exists(original)) {
                fs.delete(copy, false);
            } else if (fs.rename(copy, original)) {
                LOG.warn("Finished an interrupted repair of {}", original);
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("File ended " + left + " bytes early while copying");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
