package org.civcred.serve;

import io.delta.kernel.Scan;
import io.delta.kernel.ScanBuilder;
import io.delta.kernel.Snapshot;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.expressions.Predicate;
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
import java.util.Optional;

/**
 * One pass over a snapshot's data files, the way Kernel asks a connector to read: list the scan
 * files, read each Parquet file with the physical schema, let Kernel turn the physical batches into
 * logical ones (partition values, deletion vectors as selection vectors), then honour the
 * selection vector row by row. The only internal Kernel classes used are the two helpers Kernel's
 * own examples use to get a scan file's status and the physical read schema.
 */
final class SnapshotScan {

    private SnapshotScan() {
    }

    /**
     * @param skipFilter a predicate Kernel uses to skip whole files by their statistics; rows of the
     *                   files it keeps are not filtered by it (the caller checks its own condition)
     */
    static void scan(Engine engine, Snapshot snapshot, StructType readSchema, Optional<Predicate> skipFilter,
                     RowSink sink) {
        ScanBuilder builder = snapshot.getScanBuilder().withReadSchema(readSchema);
        Scan scan = skipFilter.map(builder::withFilter).orElse(builder).build();
        Row scanState = scan.getScanState(engine);
        StructType physicalSchema = ScanStateRow.getPhysicalDataReadSchema(scanState);
        try (CloseableIterator<FilteredColumnarBatch> scanFiles = scan.getScanFiles(engine)) {
            while (scanFiles.hasNext()) {
                try (CloseableIterator<Row> fileRows = scanFiles.next().getRows()) {
                    while (fileRows.hasNext()) {
                        if (!readFile(engine, scanState, fileRows.next(), physicalSchema, sink)) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + snapshot.getPath() + " failed", e);
        }
    }

    private static boolean readFile(Engine engine, Row scanState, Row scanFile, StructType physicalSchema,
                                    RowSink sink) throws IOException {
        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
        CloseableIterator<ColumnarBatch> physical = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(file), physicalSchema, Optional.empty())
                .map(FileReadResult::getData);
        try (CloseableIterator<FilteredColumnarBatch> logical =
                     Scan.transformPhysicalData(engine, scanState, scanFile, physical)) {
            while (logical.hasNext()) {
                if (!emit(logical.next(), sink)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean emit(FilteredColumnarBatch filtered, RowSink sink) {
        ColumnarBatch batch = filtered.getData();
        Optional<ColumnVector> selection = filtered.getSelectionVector();
        StructType schema = batch.getSchema();
        for (int r = 0; r < batch.getSize(); r++) {
            if (selection.isPresent() && (selection.get().isNullAt(r) || !selection.get().getBoolean(r))) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < schema.length(); c++) {
                row.put(schema.at(c).getName(), KernelValues.valueAt(batch.getColumnVector(c), r));
            }
            if (!sink.accept(row)) {
                return false;
            }
        }
        return true;
    }
}
