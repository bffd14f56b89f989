package org.civcred.tables;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.config.Errors;

/**
 * The Delta tables of one data directory, under {@code <data>/tables/<name>}.
 *
 * <p>Writes are idempotent MERGEs on the schema's keys: a row is inserted when new, updated only
 * when a non-key column other than {@code run_id} changed, and (for tables rebuilt from their
 * inputs) deleted when the source no longer has it. Running a job twice on the same input therefore
 * leaves every row as it was, including the run id that last changed it. Each commit carries the
 * run id in {@code userMetadata}.
 */
public final class Tables {

    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
    private static final String DELETE_FLAG = "_civcred_delete";

    private final SparkSession spark;
    private final String root;
    private final WriteCheck writeCheck;

    public Tables(SparkSession spark, String dataDir) {
        this(spark, dataDir, WriteCheck.NONE);
    }

    private Tables(SparkSession spark, String dataDir, WriteCheck writeCheck) {
        this.spark = spark;
        // Normalised by Hadoop (file:///x becomes file:/x): Delta compares locations textually.
        this.root = new org.apache.hadoop.fs.Path(dataDir).toString().replaceAll("/+$", "") + "/tables";
        this.writeCheck = writeCheck;
    }

    /** The same tables, with every merge and append first passing its rows through {@code check}. */
    public Tables withWriteCheck(WriteCheck check) {
        return new Tables(spark, root.substring(0, root.length() - "/tables".length()), check);
    }

    public SparkSession spark() {
        return spark;
    }

    public String path(String table) {
        return root + "/" + table;
    }

    public boolean exists(String table) {
        return DeltaTable.isDeltaTable(spark, path(table));
    }

    /** Creates the table from its schema resource if absent, with its properties and constraints. */
    public TableSchema ensure(String table) {
        TableSchema schema = TableSchema.load(table);
        if (!exists(table)) {
            DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(path(table))
                    .comment(schema.description()).addColumns(schema.structType());
            if (!schema.partitionBy().isEmpty()) {
                builder = builder.partitionedBy(schema.partitionBy().toArray(String[]::new));
            }
            if (schema.changeDataFeed()) {
                builder = builder.property("delta.enableChangeDataFeed", "true");
            }
            // Gold tables stay readable by delta-rs, DuckDB and Delta Kernel: no deletion vectors, no column mapping.
            builder = builder.property("delta.enableDeletionVectors", "false");
            builder.execute();
            for (Map.Entry<String, String> c : schema.constraints().entrySet()) {
                spark.sql("ALTER TABLE delta.`" + path(table) + "` ADD CONSTRAINT " + c.getKey() + " CHECK (" + c.getValue() + ")");
            }
        }
        return schema;
    }

    /** The table's rows, or an empty frame with its schema when it does not exist yet. */
    public Dataset<Row> read(String table) {
        if (!exists(table)) {
            return spark.createDataFrame(List.of(), TableSchema.load(table).structType());
        }
        return spark.read().format("delta").load(path(table));
    }

    /** The table as it was at {@code version} (Delta time travel). */
    public Dataset<Row> readAt(String table, long version) {
        return spark.read().format("delta").option("versionAsOf", version).load(path(table));
    }

    /** Whether the table records its changes (Delta Change Data Feed); tables made by older releases may not. */
    public boolean recordsChanges(String table) {
        if (!exists(table)) {
            return false;
        }
        scala.collection.Map<String, String> props = DeltaTable.forPath(spark, path(table)).detail()
                .select("properties").first().getMap(0);
        return "true".equalsIgnoreCase(props.get("delta.enableChangeDataFeed").getOrElse(() -> "false"));
    }

    /** The latest version, or empty when the table does not exist. */
    public OptionalLong version(String table) {
        if (!exists(table)) {
            return OptionalLong.empty();
        }
        Row last = DeltaTable.forPath(spark, path(table)).history(1).select("version").first();
        return OptionalLong.of(last.getLong(0));
    }

    /**
     * Merges {@code rows} (unique on the keys) into the table.
     *
     * @param deleteMissing also delete rows the source lacks (for tables wholly rebuilt from inputs)
     */
    public void merge(String table, Dataset<Row> rows, String runId, boolean deleteMissing) {
        TableSchema schema = ensure(table);
        Dataset<Row> source = writeCheck.beforeWrite(table, conform(rows, schema), deleteMissing);
        DeltaMergeBuilder merge = DeltaTable.forPath(spark, path(table)).as("t").merge(source.as("s"), keysMatch(schema));
        Optional<String> changed = changedCondition(schema);
        merge = changed.isEmpty() ? merge : merge.whenMatched(changed.get()).updateAll();
        merge = merge.whenNotMatched().insertAll();
        if (deleteMissing) {
            merge = merge.whenNotMatchedBySource().delete();
        }
        withRunId(runId, merge::execute);
    }

    /**
     * Replaces the rows of some slices of the table: the slices are the distinct values of
     * {@code scope}'s columns (table columns, e.g. {@code doc_id} or a cell's key columns); after the
     * MERGE each slice holds exactly the given {@code rows} for it (unchanged rows untouched, vanished
     * ones deleted) and every other slice is as it was. One commit, so readers never see a half-done
     * slice. This is how an incremental job rewrites only what its new input touched.
     */
    public void replaceWithin(String table, Dataset<Row> rows, Dataset<Row> scope, String runId) {
        TableSchema schema = ensure(table);
        List<String> keys = schema.keys();
        Dataset<Row> fresh = writeCheck.beforeWrite(table, conform(rows, schema), false)
                .withColumn(DELETE_FLAG, functions.lit(false));
        Dataset<Row> inScope = read(table).join(scope.distinct(), toSeq(scope.columns()), "left_semi");
        Dataset<Row> vanished = conform(inScope, schema)
                .join(fresh.select(keys.stream().map(functions::col).toArray(Column[]::new)),
                        toSeq(keys.toArray(String[]::new)), "left_anti")
                .withColumn(DELETE_FLAG, functions.lit(true));
        Dataset<Row> source = fresh.unionByName(vanished);
        Map<String, String> assign = new java.util.LinkedHashMap<>();
        schema.columnNames().forEach(c -> assign.put("`" + c + "`", "s.`" + c + "`"));
        DeltaMergeBuilder merge = DeltaTable.forPath(spark, path(table)).as("t").merge(source.as("s"), keysMatch(schema))
                .whenMatched("s." + DELETE_FLAG).delete();
        Optional<String> changed = changedCondition(schema);
        if (changed.isPresent()) {
            merge = merge.whenMatched(changed.get()).updateExpr(assign);
        }
        merge = merge.whenNotMatched("NOT s." + DELETE_FLAG).insertExpr(assign);
        withRunId(runId, merge::execute);
    }

    /** The MERGE condition: target and source rows agree on every key (nulls equal). */
    private static String keysMatch(TableSchema schema) {
        return schema.keys().stream().map(k -> "t.`" + k + "` <=> s.`" + k + "`").collect(Collectors.joining(" AND "));
    }

    /** When a matched row is rewritten: some non-key column other than run_id differs; empty when there is none. */
    private static Optional<String> changedCondition(TableSchema schema) {
        List<String> compared = new ArrayList<>();
        for (String c : schema.columnNames()) {
            if (!schema.keys().contains(c) && !c.equals("run_id")) {
                compared.add("NOT (t.`" + c + "` <=> s.`" + c + "`)");
            }
        }
        return compared.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", compared));
    }

    private static scala.collection.immutable.Seq<String> toSeq(String[] columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }

    /**
     * Appends rows (for logs such as job_runs, where every row is new). Columns added to the schema
     * since the table was created are added to it (mergeSchema), so an older data directory keeps working.
     */
    public void append(String table, Dataset<Row> rows, String runId) {
        TableSchema schema = ensure(table);
        Dataset<Row> checked = writeCheck.beforeWrite(table, conform(rows, schema), false);
        withRunId(runId, () -> checked.write().format("delta").mode("append").option("mergeSchema", "true")
                .save(path(table)));
    }

    /** Orders and casts columns to the schema; a missing column is a programming error worth a clear message. */
    static Dataset<Row> conform(Dataset<Row> rows, TableSchema schema) {
        List<String> have = List.of(rows.columns());
        Column[] cols = schema.columns().stream().map(c -> {
            if (!have.contains(c.name())) {
                throw Errors.usage("Rows for table " + schema.table() + " lack column '" + c.name() + "'",
                        "The job must produce every column of schemas/" + schema.table() + ".json");
            }
            return functions.col("`" + c.name() + "`").cast(org.apache.spark.sql.types.DataType.fromDDL(c.type())).as(c.name());
        }).toArray(Column[]::new);
        return rows.select(cols);
    }

    /** Runs a table operation with the run id in its commit's userMetadata, as every civcred commit carries it. */
    <T> T withRunMetadata(String runId, java.util.function.Supplier<T> operation) {
        spark.conf().set(USER_METADATA, "{\"run_id\":\"" + runId + "\"}");
        try {
            return operation.get();
        } finally {
            spark.conf().unset(USER_METADATA);
        }
    }

    private void withRunId(String runId, Runnable write) {
        spark.conf().set(USER_METADATA, "{\"run_id\":\"" + runId + "\"}");
        try {
            write.run();
        } finally {
            spark.conf().unset(USER_METADATA);
        }
    }
}
