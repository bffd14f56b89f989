package org.civcred.serve;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Or;
import io.delta.kernel.expressions.Predicate;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.civcred.config.Errors;

/**
 * civcred's tables under {@code <data>/tables/<name>}, read through Delta Kernel's default engine:
 * the latest snapshot, chosen columns, a row limit. Loads no Spark class, so a dashboard or a small
 * tool starts in well under a second. Thread-safe: each call takes its own snapshot.
 */
public final class KernelTables {

    private static final int MAX_SKIP_VALUES = 64;

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
        SnapshotScan.scan(engine, snapshot, schema, Optional.empty(), row -> {
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
     * Up to {@code limit} rows whose string {@code column} equals one of {@code values}, from the
     * latest snapshot. For a short list of values, files whose column statistics rule them all out
     * are skipped unread, so a lookup by key in a large table reads few files.
     *
     * @param columns the columns wanted; {@code column} itself is always read
     */
    public List<Map<String, Object>> rowsWhere(String table, String column, Set<String> values, List<String> columns,
                                               int limit) {
        if (values.isEmpty()) {
            return List.of();
        }
        Snapshot snapshot = existingSnapshot(table);
        List<String> wanted = new ArrayList<>(columns);
        if (!wanted.contains(column)) {
            wanted.add(column);
        }
        List<Map<String, Object>> found = new ArrayList<>();
        SnapshotScan.scan(engine, snapshot, readSchema(snapshot, table, wanted), skipUnless(column, values), row -> {
            if (values.contains(row.get(column))) {
                found.add(row);
            }
            return found.size() < limit;
        });
        return found;
    }

    /** column = v1 OR column = v2 …, for file skipping; none for long lists, whose OR chain would cost more than it saves. */
    private static Optional<Predicate> skipUnless(String column, Set<String> values) {
        if (values.size() > MAX_SKIP_VALUES) {
            return Optional.empty();
        }
        Predicate any = null;
        for (String v : values) {
            Predicate equals = new Predicate("=", new Column(column), Literal.ofString(v));
            any = any == null ? equals : new Or(any, equals);
        }
        return Optional.of(any);
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
