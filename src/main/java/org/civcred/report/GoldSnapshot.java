package org.civcred.report;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.civcred.config.Errors;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;

/**
 * The five gold tables of one data directory, each at the version {@link AsOf} picks. Every version
 * is resolved from the table's own Delta history first, so the header can name exactly what was read.
 */
public final class GoldSnapshot {

    private final Map<String, TableRead> reads;

    private GoldSnapshot(Map<String, TableRead> reads) {
        this.reads = Map.copyOf(reads);
    }

    public static GoldSnapshot read(SparkSession spark, String dataDir, AsOf asOf) {
        Tables tables = new Tables(spark, dataDir);
        Map<String, TableRead> reads = new LinkedHashMap<>();
        for (String table : TableCatalog.GOLD) {
            reads.put(table, readOne(spark, tables, table, asOf));
        }
        return new GoldSnapshot(reads);
    }

    public TableRead get(String table) {
        TableRead read = reads.get(table);
        if (read == null) {
            throw new IllegalArgumentException("Not a gold table: " + table);
        }
        return read;
    }

    public Dataset<Row> rows(String table) {
        return get(table).rows();
    }

    /** The tables in catalog order. */
    public List<TableRead> all() {
        return TableCatalog.GOLD.stream().map(this::get).toList();
    }

    private static TableRead readOne(SparkSession spark, Tables tables, String table, AsOf asOf) {
        if (!tables.exists(table)) {
            if (!asOf.isLatest() && asOf.versionOf(table).isPresent()) {
                throw Errors.usage("--as-of asks for a version of " + table + ", which does not exist yet",
                        "Leave that table out of --as-of, or run the pipeline first");
            }
            return new TableRead(table, tables.read(table), OptionalLong.empty(), Optional.empty(), List.of());
        }
        Dataset<Row> history = DeltaTable.forPath(spark, tables.path(table)).history().select("version", "timestamp");
        Row commit = pickCommit(table, history, asOf);
        long version = commit.getLong(0);
        Timestamp at = commit.getTimestamp(1);
        Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", version).load(tables.path(table));
        List<String> runIds = rows.select("run_id").distinct().orderBy("run_id").collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        return new TableRead(table, rows, OptionalLong.of(version), Optional.of(at.toInstant().toString()), runIds);
    }

    private static Row pickCommit(String table, Dataset<Row> history, AsOf asOf) {
        OptionalLong asked = asOf.versionOf(table);
        Dataset<Row> candidates = history;
        if (asked.isPresent()) {
            candidates = history.where(functions.col("version").equalTo(asked.getAsLong()));
        } else if (asOf.time().isPresent()) {
            candidates = history.where(functions.col("timestamp").leq(Timestamp.from(asOf.time().get())));
        }
        List<Row> found = candidates.orderBy(functions.col("version").desc()).limit(1).collectAsList();
        if (found.isEmpty()) {
            Row range = history.agg(functions.min("version"), functions.max("version"),
                    functions.min("timestamp")).first();
            throw Errors.usage("--as-of finds no version of " + table + " (it has versions " + range.getLong(0) + "–"
                            + range.getLong(1) + ", the first committed " + range.getTimestamp(2).toInstant() + ")",
                    "Pick a version or time inside that range; bin/civcred runs lists the versions each run wrote");
        }
        return found.get(0);
    }
}
