package org.civcred.jobs.overlap.persons;

import java.io.Serializable;
import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.civcred.text.NameNormalizer;

/**
 * One person entity as the comparisons see it (columns of {@code schemas/entities.json}).
 *
 * @param categories canonical good-people categories; {@code honours} canonical honours and lists
 * @param surname    best-effort surname ({@link NameNormalizer}), empty for transcribed names; read once here
 *                   because the u estimate compares millions of pairs
 */
public record PersonSide(String entityId, String name, String gender, String birthYm, String regionCode,
                         String provinceCode, String prefectureCode, Set<String> categories, Set<String> honours,
                         Set<String> listKinds, Date firstDate, Set<String> idHashes, String surname)
        implements Serializable {

    /** Entity columns the comparisons read. */
    public static final List<String> COLUMNS = List.of("entity_id", "name_norm", "gender", "birth_ym", "region_code",
            "province_code", "prefecture_code", "categories", "honours", "list_kinds", "first_date", "id_hashes");

    public PersonSide {
        categories = Set.copyOf(categories);
        honours = Set.copyOf(honours);
        listKinds = Set.copyOf(listKinds);
        idHashes = Set.copyOf(idHashes);
    }

    /** With the surname read from the name. */
    public PersonSide(String entityId, String name, String gender, String birthYm, String regionCode,
                      String provinceCode, String prefectureCode, Set<String> categories, Set<String> honours,
                      Set<String> listKinds, Date firstDate, Set<String> idHashes) {
        this(entityId, name, gender, birthYm, regionCode, provinceCode, prefectureCode, categories, honours, listKinds,
                firstDate, idHashes, NameNormalizer.parse(name).surname());
    }

    /** From a row whose entity columns carry {@code prefix} ({@code c_}, {@code k_} or none). */
    public static PersonSide fromRow(Row r, String prefix) {
        return new PersonSide(r.getAs(prefix + "entity_id"), r.getAs(prefix + "name_norm"), r.getAs(prefix + "gender"),
                r.getAs(prefix + "birth_ym"), r.getAs(prefix + "region_code"), r.getAs(prefix + "province_code"),
                r.getAs(prefix + "prefecture_code"), set(r, prefix + "categories"), set(r, prefix + "honours"),
                set(r, prefix + "list_kinds"), r.getAs(prefix + "first_date"), set(r, prefix + "id_hashes"));
    }

    private static Set<String> set(Row r, String column) {
        Object v = r.getAs(column);
        Set<String> out = new TreeSet<>();
        if (v instanceof scala.collection.Seq<?> seq) {
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(x -> out.add(String.valueOf(x)));
        } else if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
