package org.civcred.jobs.extract;

import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.civcred.jobs.ingest.QuarantineEntry;
import org.civcred.tables.TableSchema;

/**
 * The one row shape the extract step emits, so each page is parsed once: {@code kind} says which
 * nested row is set — {@code document}, {@code entry} (a {@code list_entries} row) or {@code problem}
 * (a {@code quarantine} row).
 */
final class ExtractRows {

    static final String DOCUMENT = "document";
    static final String ENTRY = "entry";
    static final String PROBLEM = "problem";

    private static final StructType SCHEMA = build();

    private ExtractRows() {
    }

    static StructType schema() {
        return SCHEMA;
    }

    private static StructType build() {
        return new StructType()
                .add("kind", DataTypes.StringType, false)
                .add(DOCUMENT, TableSchema.load("documents").structType(), true)
                .add(ENTRY, TableSchema.load("list_entries").structType(), true)
                .add(PROBLEM, TableSchema.load("quarantine").structType(), true);
    }

    static Row document(Row document) {
        return new GenericRowWithSchema(new Object[] {DOCUMENT, document, null, null}, SCHEMA);
    }

    static Row entry(Row entry) {
        return new GenericRowWithSchema(new Object[] {ENTRY, null, entry, null}, SCHEMA);
    }

    static Row problem(QuarantineEntry problem, String runId, Timestamp recordedAt) {
        return new GenericRowWithSchema(new Object[] {PROBLEM, null, null, problem.toRow(runId, recordedAt)}, SCHEMA);
    }
}
