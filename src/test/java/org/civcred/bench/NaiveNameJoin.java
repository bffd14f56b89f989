package org.civcred.bench;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first baseline of the persons benchmark: what a user writes in one SQL line, every civilization
 * list entry joined with every credit list entry on the name exactly as written. Each joined row is a
 * predicted pair (one civilization page, one credit page). Masked names (王某某, 李**) are left out: no
 * user would join on them.
 */
public final class NaiveNameJoin {

    private NaiveNameJoin() {
    }

    /** Person entries with a name that is not masked. */
    public static Dataset<Row> entries(Dataset<Row> listEntries) {
        return listEntries.filter(col("subject_type").equalTo("person").and(col("name_masked").equalTo(false))
                .and(col("name_raw").isNotNull()));
    }

    /** Columns {@code name}, {@code civ_urls}, {@code credit_urls}: one row per joined entry pair. */
    public static Dataset<Row> pairs(Dataset<Row> personEntries) {
        Dataset<Row> civ = personEntries.filter(col("family").equalTo("civilization"))
                .select(col("name_raw").as("name"), col("url").as("civ_url"));
        Dataset<Row> credit = personEntries.filter(col("family").equalTo("credit"))
                .select(col("name_raw").as("credit_name"), col("url").as("credit_url"));
        return civ.join(credit, civ.col("name").equalTo(credit.col("credit_name")))
                .select(col("name"), array(col("civ_url")).as("civ_urls"), array(col("credit_url")).as("credit_urls"));
    }
}
