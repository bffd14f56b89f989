package org.civcred.bench;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.civcred.tables.TableCatalog;

/**
 * Files and bytes of each table's latest snapshot, read from the Delta log with Delta Kernel (no
 * Spark): the files a reader of the table opens, not what old versions left on disk.
 */
final class TableFootprint {

    /** One table's latest snapshot. */
    record Size(String table, long version, long files, long bytes) {
    }

    private TableFootprint() {
    }

    static Map<String, Size> of(String dataDir) {
        Engine engine = DefaultEngine.create(new Configuration());
        Map<String, Size> sizes = new LinkedHashMap<>();
        for (String table : TableCatalog.ALL) {
            String path = dataDir.replaceAll("/+$", "") + "/tables/" + table;
            try {
                Snapshot snapshot = Table.forPath(engine, path).getLatestSnapshot(engine);
                sizes.put(table, measure(engine, table, snapshot));
            } catch (TableNotFoundException e) {
                // Not written by this run (quarantine stays absent when every record was good).
            }
        }
        return sizes;
    }

    private static Size measure(Engine engine, String table, Snapshot snapshot) {
        long files = 0;
        long bytes = 0;
        try (CloseableIterator<FilteredColumnarBatch> batches = snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        files++;
                        bytes += InternalScanFileUtils.getAddFileStatus(rows.next()).getSize();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the files of " + table, e);
        }
        return new Size(table, snapshot.getVersion(), files, bytes);
    }
}
