package org.civcred.jobs.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.civcred.config.Errors;

/**
 * Lists the WARC files to ingest, on the driver: every {@code *.warc.gz} and {@code *.warc} under a
 * data directory's {@code raw/} (any depth), plus files or directories named explicitly. A file
 * named explicitly is taken whatever its name; a directory contributes its WARC files. Paths come
 * back fully qualified ({@code file:/…}, {@code hdfs://…}), without duplicates, sorted.
 */
final class WarcFiles {

    private WarcFiles() {
    }

    static List<String> list(Configuration conf, String rawDir, List<String> explicit) {
        TreeSet<String> files = new TreeSet<>();
        try {
            Path raw = new Path(rawDir);
            FileSystem fs = raw.getFileSystem(conf);
            if (fs.exists(raw)) {
                files.addAll(warcFilesUnder(fs, raw));
            }
            for (String given : explicit) {
                Path path = new Path(given);
                FileSystem gfs = path.getFileSystem(conf);
                if (!gfs.exists(path)) {
                    throw Errors.usage("The WARC file or directory " + given + " does not exist",
                            "Give existing .warc.gz/.warc files or directories holding them");
                }
                FileStatus status = gfs.getFileStatus(path);
                if (status.isDirectory()) {
                    files.addAll(warcFilesUnder(gfs, path));
                } else {
                    files.add(gfs.makeQualified(path).toString());
                }
            }
        } catch (IOException e) {
            throw Errors.io("Cannot list the WARC files under " + rawDir + " and " + explicit, e);
        }
        return new ArrayList<>(files);
    }

    static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc.gz") || n.endsWith(".warc");
    }

    private static List<String> warcFilesUnder(FileSystem fs, Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            if (status.isFile() && isWarcName(status.getPath().getName())) {
                found.add(fs.makeQualified(status.getPath()).toString());
            }
        }
        return found;
    }
}
