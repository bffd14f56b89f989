package org.civcred.reliability;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.civcred.serve.KernelValues;

/**
 * Reads one version of a Delta table through Delta Kernel, without Spark: the latest snapshot (as a
 * concurrent reader would) or any older one (time travel, to check what a version held). Rows
 * stream to a consumer as column name → value maps, so a table is never held whole.
 */
final class DeltaReader {

    private final Engine engine = DefaultEngine.create(new Configuration());

    /** Streams the rows of {@code version} (latest when empty) and returns the version read. */
    long scan(String tablePath, OptionalLong version, Consumer<Map<String, Object>> rows) {
        Table table = Table.forPath(engine, tablePath);
        Snapshot snapshot = version.isPresent() ? table.getSnapshotAsOfVersion(engine, version.getAsLong())
                : table.getLatestSnapshot(engine);
        Scan scan = snapshot.getScanBuilder().build();
        Row scanState = scan.getScanState(engine);
        StructType physical = ScanStateRow.getPhysicalDataReadSchema(scanState);
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> fileRows = files.next().getRows()) {
                    while (fileRows.hasNext()) {
                        readFile(scanState, fileRows.next(), physical, rows);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + tablePath + " failed", e);
        }
        return snapshot.getVersion();
    }

    private void readFile(Row scanState, Row scanFile, StructType physical, Consumer<Map<String, Object>> rows)
            throws IOException {
        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
        CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(file), physical, java.util.Optional.empty())
                .map(FileReadResult::getData);
        try (CloseableIterator<FilteredColumnarBatch> logical = Scan.transformPhysicalData(engine, scanState, scanFile, data)) {
            while (logical.hasNext()) {
                emit(logical.next(), rows);
            }
        }
    }

    private static void emit(FilteredColumnarBatch filtered, Consumer<Map<String, Object>> rows) {
        ColumnarBatch batch = filtered.getData();
        StructType schema = batch.getSchema();
        for (int r = 0; r < batch.getSize(); r++) {
            if (filtered.getSelectionVector().isPresent()) {
                ColumnVector selection = filtered.getSelectionVector().get();
                if (selection.isNullAt(r) || !selection.getBoolean(r)) {
                    continue;
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < schema.length(); c++) {
                row.put(schema.at(c).getName(), KernelValues.valueAt(batch.getColumnVector(c), r));
            }
            rows.accept(row);
        }
    }
}
