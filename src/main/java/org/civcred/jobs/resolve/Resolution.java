package org.civcred.jobs.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.civcred.tables.TableSchema;

/**
 * The resolve transform over Datasets: {@code list_entries} → {@code entities}.
 *
 * <p>Blocks: entries of one family and subject type sharing a normalised name; a masked name
 * ({@code 王某某}) can only be joined through its identity-number hash; an entry with neither stays alone.
 * Skew: a block larger than {@code maxBlock} (王伟 on a national list) is split by prefecture code (province
 * when that is all that is known), and a part still too large is cut into chunks of {@code maxBlock} in entry-id
 * order, so pairwise work per group is bounded by {@code maxBlock²/2}. Within a block, {@link BlockResolver}.
 */
public final class Resolution {

    /** Column added by {@link #blocked}: the group an entry is resolved in. */
    public static final String BLOCK = "block";

    private Resolution() {
    }

    /** Entries that can be resolved: those with a name (a masked one counts) or an identity-number hash. */
    public static Dataset<Row> named(Dataset<Row> entries) {
        return entries.filter(resolvable());
    }

    /** The entries {@link #named} leaves out. */
    public static Dataset<Row> unnamed(Dataset<Row> entries) {
        return entries.filter(not(resolvable()));
    }

    private static Column resolvable() {
        return col("name_norm").isNotNull().or(col("id_hash").isNotNull())
                .or(coalesce(length(trim(col("name_raw"))), lit(0)).gt(0));
    }

    public static Dataset<Row> entities(Dataset<Row> entries, int maxBlock, String runId) {
        Dataset<Row> blocked = blocked(named(entries).select(selected()), maxBlock);
        return blocked.groupByKey((MapFunction<Row, String>) r -> r.getAs(BLOCK), Encoders.STRING())
                .flatMapGroups(resolver(runId), Encoders.row(TableSchema.load("entities").structType()));
    }

    /** Adds {@link #BLOCK}: the base block, split by region and then chunked where it exceeds {@code maxBlock}. */
    public static Dataset<Row> blocked(Dataset<Row> entries, int maxBlock) {
        Column base = when(col("name_norm").isNotNull(),
                concat_ws("|", lit("n"), col("family"), col("subject_type"), col("name_norm")))
                .when(col("id_hash").isNotNull(), concat_ws("|", lit("h"), col("family"), col("id_hash")))
                .otherwise(concat_ws("|", lit("e"), col("entry_id")));
        Dataset<Row> withBase = entries.withColumn("base_block", base);
        Dataset<Row> sizes = withBase.groupBy("base_block").agg(count(lit(1)).as("base_size"));
        Column split = when(col("base_size").gt(maxBlock), concat_ws("|", col("base_block"),
                coalesce(col("prefecture_code"), col("province_code"), lit("?")))).otherwise(col("base_block"));
        Dataset<Row> regional = withBase.join(sizes, "base_block").withColumn("split_block", split);
        Dataset<Row> splitSizes = regional.filter(col("base_size").gt(maxBlock))
                .groupBy("split_block").agg(count(lit(1)).as("split_size"));
        Dataset<Row> sized = regional.join(splitSizes, new String[] {"split_block"}, "left");
        // Only the parts still too large are ranked: a window over every entry would sort the whole input.
        Column oversized = coalesce(col("split_size"), lit(0L)).gt(maxBlock);
        Column rank = row_number().over(Window.partitionBy("split_block").orderBy("entry_id"));
        Column chunk = floor(rank.minus(1).divide(maxBlock)).cast("string");
        Dataset<Row> chunked = sized.filter(oversized).withColumn(BLOCK, concat_ws("#", col("split_block"), chunk));
        Dataset<Row> whole = sized.filter(not(oversized)).withColumn(BLOCK, col("split_block"));
        return whole.unionByName(chunked).drop("base_block", "base_size", "split_block", "split_size");
    }

    private static Column[] selected() {
        List<Column> cols = new ArrayList<>();
        for (String c : Member.COLUMNS) {
            cols.add(col(c));
        }
        return cols.toArray(Column[]::new);
    }

    private static FlatMapGroupsFunction<String, Row, Row> resolver(String runId) {
        return (String block, Iterator<Row> rows) -> {
            List<Member> members = new ArrayList<>();
            rows.forEachRemaining(r -> members.add(Member.fromRow(r)));
            List<Row> out = new ArrayList<>();
            for (List<Member> group : BlockResolver.resolve(members)) {
                out.add(EntityRows.row(group, runId));
            }
            return out.iterator();
        };
    }
}
