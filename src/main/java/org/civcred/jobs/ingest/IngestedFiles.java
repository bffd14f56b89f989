package org.civcred.jobs.ingest;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.civcred.config.Errors;
import org.civcred.jobs.JobContext;
import org.civcred.tables.TableSchema;

/**
 * Which WARC files an incremental ingest must read: those not in {@code ingest_files}, or whose
 * length or modification time differs from when they were read (a crawl still appending, a file
 * replaced). Files under the data directory are known by their path relative to it, so a data
 * directory copied or mounted elsewhere is not read again.
 */
final class IngestedFiles {

    /** One WARC file as it is now. */
    record WarcFile(String key, String uri, long length, long modifiedMillis) {

        Row toRow(String runId) {
            return RowFactory.create(key, uri, length, new Timestamp(modifiedMillis), runId);
        }
    }

    private IngestedFiles() {
    }

    /**
     * The listed files (statuses from {@link WarcFiles#list}, so no file is asked twice) under their
     * keys; {@code dataDir} decides which keys are relative.
     */
    static List<WarcFile> of(Configuration conf, String dataDir, List<FileStatus> listed) {
        String prefix;
        try {
            Path data = new Path(dataDir);
            prefix = data.getFileSystem(conf).makeQualified(data).toString().replaceAll("/+$", "") + "/";
        } catch (IOException e) {
            throw Errors.io("Cannot resolve the data directory " + dataDir, e);
        }
        List<WarcFile> out = new ArrayList<>();
        for (FileStatus s : listed) {
            String uri = s.getPath().toString();
            String key = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
            out.add(new WarcFile(key, uri, s.getLen(), s.getModificationTime()));
        }
        return out;
    }

    /** The files that are new or changed since {@code ingest_files} recorded them. */
    static List<WarcFile> newOrChanged(JobContext context, List<WarcFile> files) {
        Map<String, Row> known = new HashMap<>();
        if (context.tables().exists("ingest_files")) {
            // One row per WARC file: thousands at most, small enough for the driver.
            context.tables().read("ingest_files").select("file_key", "length", "modified_at").collectAsList()
                    .forEach(r -> known.put(r.getString(0), r));
        }
        return files.stream().filter(f -> {
            Row k = known.get(f.key());
            return k == null || k.getLong(1) != f.length() || k.getTimestamp(2).getTime() != f.modifiedMillis();
        }).toList();
    }

    /** Records the files as read by this run. */
    static void record(JobContext context, List<WarcFile> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Row> rows = files.stream().map(f -> f.toRow(context.runId())).toList();
        context.tables().merge("ingest_files",
                context.spark().createDataFrame(rows, TableSchema.load("ingest_files").structType()), context.runId(), false);
    }
}
