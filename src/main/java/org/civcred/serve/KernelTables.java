package org.civcred.serve;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;

/**
 * civcred's tables under {@code <data>/tables/<name>}, read through Delta Kernel's default engine:
 * the latest snapshot, chosen columns, a row limit. Loads no Spark class, so a dashboard or a small
 * tool starts in well under a second. Thread-safe: each call takes its own snapshot.
 */
public final class KernelTables {

    private final String root;
    private final Engine engine;

    /**
     * @param dataDir the data directory: a local path or a Hadoop URI, as given to {@code --data}
     * @param conf    Hadoop configuration for remote file systems; {@code new Configuration()} for local data
     */
    public KernelTables(String dataDir, Configuration conf) {
        this.root = dataDir.replaceAll("/+$", "") + "/tables";
        this.engine = DefaultEngine.create(conf);
    }

    public String path(String table) {
        return root + "/" + table;
    }

    /** The latest version of a table, or empty when the table has not been written yet. */
    public OptionalLong version(String table) {
        try {
            return OptionalLong.of(snapshot(table).getVersion());
        } catch (TableNotFoundException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Reads up to {@code limit} rows of the latest snapshot.
     *
     * @param columns the columns to read, in the order wanted; empty for all of them
     */
    public TableRows read(String table, List<String> columns, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean[] truncated = {false};
        Snapshot snapshot = existingSnapshot(table);
        StructType schema = readSchema(snapshot, table, columns);
        SnapshotScan.scan(engine, snapshot, schema, row -> {
            if (rows.size() == limit) {
                truncated[0] = true;
                return false;
            }
            rows.add(row);
            return true;
        });
        return new TableRows(table, snapshot.getVersion(), schema.fieldNames(), rows, truncated[0]);
    }

    /**
     * Hands every row of the latest snapshot to {@code sink} until it returns false.
     *
     * @return the version read
     */
    public long scan(String table, List<String> columns, RowSink sink) {
        Snapshot snapshot = existingSnapshot(table);
        SnapshotScan.scan(engine, snapshot, readSchema(snapshot, table, columns), sink);
        return snapshot.getVersion();
    }

    private Snapshot snapshot(String table) {
        return Table.forPath(engine, path(table)).getLatestSnapshot(engine);
    }

    private Snapshot existingSnapshot(String table) {
        try {
            return snapshot(table);
        } catch (TableNotFoundException e) {
            throw Errors.usage("No table " + table + " under " + root,
                    "Build the tables first: bin/civcred run all --data DIR (or bin/civcred demo)");
        }
    }

    private static StructType readSchema(Snapshot snapshot, String table, List<String> columns) {
        StructType schema = snapshot.getSchema();
        if (columns.isEmpty()) {
            return schema;
        }
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            if (schema.indexOf(c) < 0) {
                throw Errors.usage("Table " + table + " has no column " + c,
                        "Its columns are " + String.join(", ", schema.fieldNames()));
            }
            fields.add(schema.get(c));
        }
        return new StructType(fields);
    }
}
