package org.civcred.jobs.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
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
 * named explicitly is taken whatever its name; a directory contributes its WARC files. Files come
 * back with the status the listing gave (length, modification time), their paths fully qualified
 * ({@code file:/…}, {@code hdfs://…}), without duplicates, sorted by path.
 */
final class WarcFiles {

    private WarcFiles() {
    }

    static List<FileStatus> list(Configuration conf, String rawDir, List<String> explicit) {
        TreeMap<String, FileStatus> files = new TreeMap<>();
        try {
            Path raw = new Path(rawDir);
            FileSystem fs = raw.getFileSystem(conf);
            if (fs.exists(raw)) {
                warcFilesUnder(fs, raw, files);
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
                    warcFilesUnder(gfs, path, files);
                } else {
                    status.setPath(gfs.makeQualified(path));
                    files.put(status.getPath().toString(), status);
                }
            }
        } catch (IOException e) {
            throw Errors.io("Cannot list the WARC files under " + rawDir + " and " + explicit, e);
        }
        return new ArrayList<>(files.values());
    }

    static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc.gz") || n.endsWith(".warc");
    }

    private static void warcFilesUnder(FileSystem fs, Path dir, TreeMap<String, FileStatus> found) throws IOException {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            if (status.isFile() && isWarcName(status.getPath().getName())) {
                status.setPath(fs.makeQualified(status.getPath()));
                found.put(status.getPath().toString(), status);
            }
        }
    }
}
