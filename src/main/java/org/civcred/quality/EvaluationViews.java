package org.civcred.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.civcred.tables.TableCatalog;
import org.civcred.tables.TableSchema;
import org.civcred.tables.Tables;
import org.civcred.text.RegionNormalizer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The temporary views expectations are written against: each table by its own name, in a session of
 * its own so they never shadow or replace views of the caller's session. The session also knows
 * {@code known_region_code(code)}, true when the vendored GB/T 2260 table knows the code.
 */
final class EvaluationViews {

    private final SparkSession session;
    private final Tables tables;

    EvaluationViews(SparkSession base, Tables tables) {
        this.session = base.newSession();
        this.tables = tables;
        session.udf().register("known_region_code",
                (UDF1<String, Boolean>) code -> code != null && RegionNormalizer.standard().byCode(code).isPresent(),
                DataTypes.BooleanType);
    }

    SparkSession session() {
        return session;
    }

    /** Registers {@code table} as of {@code version} and every other table {@code expectations} name, as they are now. */
    void registerCommitted(String table, long version, List<Expectation> expectations) {
        session.read().format("delta").option("versionAsOf", version).load(tables.path(table)).createOrReplaceTempView(table);
        registerOthers(table, expectations);
    }

    /**
     * Registers what {@code table} would hold once {@code rows} are written: the rows alone when they
     * replace the table, otherwise the current rows whose keys they do not carry, plus the rows.
     */
    void registerCandidate(String table, Dataset<Row> rows, boolean replacesTable, List<Expectation> expectations) {
        Dataset<Row> candidate = session.createDataFrame(rows.javaRDD(), rows.schema());
        if (!replacesTable && tables.exists(table)) {
            List<String> keys = TableSchema.load(table).keys();
            Dataset<Row> current = session.read().format("delta").load(tables.path(table));
            Dataset<Row> candidateKeys = candidate.select(keys.stream().map(candidate::col).toArray(Column[]::new));
            Dataset<Row> kept = current.join(candidateKeys, CollectionConverters.asScala(keys).toSeq(), "left_anti");
            candidate = kept.unionByName(candidate);
        }
        candidate.createOrReplaceTempView(table);
        registerOthers(table, expectations);
    }

    /** Registers the other tables the expectations name; one that does not exist yet is an empty view of its schema. */
    private void registerOthers(String table, List<Expectation> expectations) {
        Set<String> others = new LinkedHashSet<>(TableCatalog.ALL);
        expectations.stream().map(Expectation::denominator).filter(Objects::nonNull).forEach(others::add);
        for (String other : others) {
            if (other.equals(table) || !named(other, expectations)) {
                continue;
            }
            if (tables.exists(other)) {
                session.read().format("delta").load(tables.path(other)).createOrReplaceTempView(other);
            } else if (TableCatalog.ALL.contains(other)) {
                session.createDataFrame(List.of(), TableSchema.load(other).structType()).createOrReplaceTempView(other);
            }
        }
    }

    /** Whether any expectation refers to {@code table} (as a whole word in its SQL, predicate or denominator). */
    private static boolean named(String table, List<Expectation> expectations) {
        Pattern word = Pattern.compile("\\b" + table + "\\b");
        for (Expectation e : expectations) {
            for (String text : new String[] {e.sql(), e.predicate(), e.denominator()}) {
                if (text != null && word.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
