package org.civcred.jobs.ingest;

import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.tables.TableSchema;

/**
 * The one row shape the read step emits, so files are read once: {@code kind} says which of the
 * nested rows is set — {@code capture} (a {@code captures} row), {@code problem} (a
 * {@code quarantine} row), or {@code file} with its record count.
 */
final class IngestRows {

    static final String CAPTURE = "capture";
    static final String PROBLEM = "problem";
    static final String FILE = "file";

    private IngestRows() {
    }

    static StructType schema() {
        return new StructType()
                .add("kind", DataTypes.StringType, false)
                .add(CAPTURE, TableSchema.load("captures").structType(), true)
                .add(PROBLEM, TableSchema.load("quarantine").structType(), true)
                .add(FILE, DataTypes.StringType, true)
                .add("records", DataTypes.LongType, false);
    }

    static Row toRow(IngestItem item, String runId, Timestamp recordedAt) {
        if (item.capture() != null) {
            return RowFactory.create(CAPTURE, item.capture().toRow(runId), null, null, 0L);
        }
        if (item.problem() != null) {
            return RowFactory.create(PROBLEM, null, item.problem().toRow(runId, recordedAt), null, 0L);
        }
        return RowFactory.create(FILE, null, null, item.file(), item.records());
    }
}
