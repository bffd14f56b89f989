package org.civcred.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * File access for crawl state on any Hadoop file system. State is only ever written as whole
 * new files or fresh segments (never appended to), because HDFS and object stores do not
 * reliably support append.
 */
final class StateFiles {

    private StateFiles() {
    }

    /** The file system for a plain path or URI; local writes skip the {@code .crc} side files. */
    static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        if (fs instanceof LocalFileSystem local) {
            local.setWriteChecksum(false);
            local.setVerifyChecksum(false);
        }
        return fs;
    }

    /** {@code parent/child}, for plain paths and URIs alike. */
    static String join(String parent, String child) {
        return new Path(parent, child).toString();
    }

    /** Writes a whole small file, replacing any earlier one. */
    static void writeWhole(String file, String text, Configuration conf) throws IOException {
        Path path = new Path(file);
        FileSystem fs = fileSystem(path, conf);
        fs.mkdirs(path.getParent());
        try (FSDataOutputStream out = fs.create(path, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.hflush();
        }
    }
}
