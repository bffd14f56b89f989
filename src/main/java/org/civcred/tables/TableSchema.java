package org.civcred.tables;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.civcred.config.Errors;

/**
 * A table's contract, read from {@code schemas/<table>.json}: its columns with types, nullability
 * and a description each, its keys, partitioning, constraints and whether it keeps a change feed.
 * Schemas are never inferred.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record TableSchema(String table, String layer, String description, List<String> keys,
                          @JsonProperty("partition_by") List<String> partitionBy,
                          @JsonProperty("change_data_feed") boolean changeDataFeed,
                          Map<String, String> constraints, List<Column> columns) {

    /** One column: a Spark SQL type name such as {@code string}, {@code array<string>}, {@code map<string,long>}. */
    public record Column(String name, String type, boolean nullable, String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TableSchema load(String table) {
        String resource = "schemas/" + table + ".json";
        try (InputStream in = TableSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw Errors.usage("No schema resource " + resource, "Every table needs one under src/main/resources/schemas/");
            }
            return JSON.readValue(in, TableSchema.class);
        } catch (IOException e) {
            throw Errors.badInput("Schema resource " + resource + " is not valid", "Fix its JSON", e);
        }
    }

    /** The Spark schema, each field carrying its description as a {@code comment}. */
    public StructType structType() {
        StructField[] fields = columns.stream().map(c -> {
            Metadata comment = new MetadataBuilder().putString("comment", c.description()).build();
            return new StructField(c.name(), DataType.fromDDL(c.type()), c.nullable(), comment);
        }).toArray(StructField[]::new);
        return new StructType(fields);
    }

    /** Column names in schema order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public boolean isGold() {
        return "gold".equals(layer);
    }
}
