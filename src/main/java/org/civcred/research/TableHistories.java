package org.civcred.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.Tables;

/** Reads the commit history of every existing table of a data directory from the Delta logs. */
final class TableHistories {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TableHistories() {
    }

    /** Histories of the catalog's tables that exist, in catalog order. */
    static Map<String, TableHistory> read(SparkSession spark, String dataDir) {
        Tables tables = new Tables(spark, dataDir);
        Map<String, TableHistory> all = new LinkedHashMap<>();
        for (String table : TableCatalog.ALL) {
            if (tables.exists(table)) {
                all.put(table, read(spark, tables, table));
            }
        }
        return all;
    }

    private static TableHistory read(SparkSession spark, Tables tables, String table) {
        List<Row> rows = DeltaTable.forPath(spark, tables.path(table)).history()
                .select("version", "timestamp", "userMetadata").orderBy("version").collectAsList();
        List<TableHistory.Commit> commits = new ArrayList<>();
        for (Row r : rows) {
            String runId = r.isNullAt(2) ? null : runIdOf(r.getString(2));
            commits.add(new TableHistory.Commit(r.getLong(0), r.getTimestamp(1).toInstant(), runId));
        }
        return new TableHistory(table, commits);
    }

    /** The run id civcred puts into userMetadata ({"run_id":"…"}); null for other writers' commits. */
    static String runIdOf(String userMetadata) {
        try {
            JsonNode node = JSON.readTree(userMetadata);
            JsonNode id = node == null ? null : node.get("run_id");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
