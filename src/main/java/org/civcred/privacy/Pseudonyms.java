package org.civcred.privacy;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.civcred.text.TextNormalizer;

/**
 * Stable pseudonyms for private persons on black lists (失信 and court-defaulter lists), for exports
 * meant to be shared: the name becomes {@code 失信人-} and eight hex digits of an HMAC-SHA256, keyed
 * with the data's id-hash key, of the person's normalised name and province; the masked identity
 * number, its hash and the birth month derived from it are dropped; the name is replaced wherever the
 * row repeats it (deed, evidence). The same person gets the same pseudonym in every table and every
 * run with the same key, and nobody without the key can compute it from a name.
 *
 * <p>Organisations (companies, government bodies) are published as organisations and stay named;
 * so do persons on red and honour lists, which are published as honours. A person who is on a black
 * list and also honoured is pseudonymised everywhere: the name would otherwise link the two.
 */
public final class Pseudonyms {

    public static final String PREFIX = "失信人-";

    /** The tables with person columns this changes; other tables pass unchanged. */
    public static final Set<String> TABLES = Set.of("list_entries", "entities", "overlap_persons");

    private Pseudonyms() {
    }

    /** The pseudonym of a person: a normalised name and a region code (only its province digits count). */
    public static String of(String name, String regionCode, byte[] key) {
        String province = regionCode == null || regionCode.length() < 2 ? "" : regionCode.substring(0, 2);
        String subject = "person\n" + TextNormalizer.cleanLine(name == null ? "" : name) + "\n" + province;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    /** The rows of {@code table} with black-listed private persons pseudonymised. */
    public static Dataset<Row> apply(String table, Dataset<Row> rows, byte[] key) {
        UserDefinedFunction pseudonym = functions.udf(new PseudonymOf(key), DataTypes.StringType);
        UserDefinedFunction replace = functions.udf(new Replaced(), DataTypes.StringType);
        return switch (table) {
            case "list_entries" -> {
                Column black = col("subject_type").equalTo("person").and(col("list_kind").equalTo("black"));
                Column p = pseudonym.apply(coalesce(col("name_norm"), col("name_raw")), col("province_code"));
                yield rows.withColumn("__p", when(black, p))
                        .withColumn("deed", when(black, replace.apply(col("deed"), col("name_raw"), col("__p")))
                                .otherwise(col("deed")))
                        .withColumn("name_raw", coalesce(col("__p"), col("name_raw")))
                        .withColumn("name_norm", when(black, col("__p")).otherwise(col("name_norm")))
                        .withColumn("id_masked", when(black, lit(null)).otherwise(col("id_masked")))
                        .withColumn("id_hash", when(black, lit(null)).otherwise(col("id_hash")))
                        .withColumn("birth_ym", when(black, lit(null)).otherwise(col("birth_ym")))
                        .drop("__p");
            }
            case "entities" -> {
                Column black = col("subject_type").equalTo("person")
                        .and(coalesce(array_contains(col("list_kinds"), "black"), lit(false)));
                Column p = pseudonym.apply(col("name_norm"), col("province_code"));
                yield rows.withColumn("__p", when(black, p))
                        .withColumn("name_norm", coalesce(col("__p"), col("name_norm")))
                        .withColumn("names_raw", when(black, array(col("__p"))).otherwise(col("names_raw")))
                        .withColumn("id_hashes", when(black, lit(null)).otherwise(col("id_hashes")))
                        .withColumn("birth_ym", when(black, lit(null)).otherwise(col("birth_ym")))
                        .drop("__p");
            }
            case "overlap_persons" -> {
                Column black = coalesce(array_contains(col("list_kinds_credit"), "black"), lit(false));
                Column p = pseudonym.apply(col("name"), substring(col("region_code"), 1, 2));
                Column evidence = replace.apply(replace.apply(replace.apply(col("evidence"), col("name"), col("__p")),
                        col("name_civ_raw"), col("__p")), col("name_credit_raw"), col("__p"));
                yield rows.withColumn("__p", when(black, p))
                        .withColumn("evidence", when(black, evidence).otherwise(col("evidence")))
                        .withColumn("name", coalesce(col("__p"), col("name")))
                        .withColumn("name_civ_raw", when(black, col("__p")).otherwise(col("name_civ_raw")))
                        .withColumn("name_credit_raw", when(black, col("__p")).otherwise(col("name_credit_raw")))
                        .drop("__p");
            }
            default -> rows;
        };
    }

    /** The pseudonym as a Spark function; holds the key, so it travels to the executors with the task. */
    private record PseudonymOf(byte[] key) implements UDF2<String, String, String> {
        @Override
        public String call(String name, String region) {
            return of(name, region, key);
        }
    }

    /** Every occurrence of a name of two or more characters in a text, replaced. */
    private record Replaced() implements UDF3<String, String, String, String> {
        @Override
        public String call(String text, String name, String replacement) {
            if (text == null || name == null || replacement == null || name.length() < 2) {
                return text;
            }
            return text.replace(name, replacement);
        }
    }
}
