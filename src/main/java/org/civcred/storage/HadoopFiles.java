package org.civcred.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * File-system plumbing shared by the storage classes: every location is a Hadoop path, so a plain
 * local path, {@code file://}, {@code hdfs://} and {@code s3a://} all work the same way.
 */
final class HadoopFiles {

    static final String WARC_SUFFIX = ".warc.gz";

    private HadoopFiles() {
    }

    /** A non-null configuration: the one given, or Hadoop's defaults (local file system). */
    static Configuration orDefault(Configuration conf) {
        return conf == null ? new Configuration() : conf;
    }

    /**
     * The file system for a path. On the local file system the checksumming wrapper is bypassed:
     * its {@code .crc} side files would sit next to every WARC and go stale when recovery rewrites
     * one. The cached instance is not modified, so other users of it keep their behaviour.
     */
    static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(orDefault(conf));
        if (fs instanceof LocalFileSystem local) {
            return local.getRawFileSystem();
        }
        return fs;
    }

    /** The WARC files directly inside a directory, in name order; empty when it does not exist. */
    static List<Path> warcFiles(FileSystem fs, Path dir) throws IOException {
        if (!fs.exists(dir)) {
            return List.of();
        }
        FileStatus[] listed = fs.listStatus(dir, p -> p.getName().endsWith(WARC_SUFFIX));
        List<Path> files = new ArrayList<>();
        Arrays.stream(listed).filter(FileStatus::isFile).map(FileStatus::getPath)
                .sorted(Comparator.comparing(Path::getName)).forEach(files::add);
        return files;
    }
}
